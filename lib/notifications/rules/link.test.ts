import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en/notifications.json";
import id from "@/messages/id/notifications.json";
import {
  isKnownKind,
  kindLabelKey,
  LINK_MAX_LENGTH,
  NOTIFICATION_KINDS,
  parseFilter,
  safeLink,
} from "./link";

describe("safeLink", () => {
  it.each(["/inovasi/abc123", "/notifikasi?filter=unread&page=2", "/inovasi/abc#versi", "/"])(
    "keeps the portal path %s",
    (link) => {
      expect(safeLink(link)).toBe(link);
    },
  );

  it.each([
    "https://evil.example/inovasi/1",
    "http://localhost:3000/inovasi/1",
    "//evil.example/x",
    "/\\evil.example",
    "/\\/evil.example",
    "javascript:alert(1)",
    "inovasi/1",
    "",
    " /inovasi/1",
    "/inovasi/1\n",
    "/\tevil",
    "/inovasi\\..\\x",
    `/${"a".repeat(LINK_MAX_LENGTH)}`,
    "mailto:a@b.c",
    "data:text/html,hi",
  ])("drops %j", (link) => {
    expect(safeLink(link)).toBeNull();
  });

  it("drops what is not a string", () => {
    expect(safeLink(null)).toBeNull();
    expect(safeLink(undefined)).toBeNull();
    expect(safeLink(42)).toBeNull();
  });

  it("normalises dot segments without leaving the portal", () => {
    expect(safeLink("/inovasi/../admin")).toBe("/admin");
    expect(safeLink("/../../etc")).toBe("/etc");
  });
});

describe("kinds and filters", () => {
  it("labels known kinds and falls back for others", () => {
    expect(isKnownKind("innovation.submitted")).toBe(true);
    expect(kindLabelKey("innovation.returned")).toBe("kinds.innovation.returned");
    expect(kindLabelKey("innovation")).toBe("kindOther");
    expect(kindLabelKey("something.new")).toBe("kindOther");
  });

  it("reads the unread filter from the query", () => {
    expect(parseFilter("unread")).toEqual({ unreadOnly: true });
    expect(parseFilter(["unread", "x"])).toEqual({ unreadOnly: true });
    expect(parseFilter(undefined)).toEqual({ unreadOnly: false });
    expect(parseFilter("all")).toEqual({ unreadOnly: false });
  });
});

type Tree = { [key: string]: string | Tree };
const leafKeys = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );

describe("notifications messages", () => {
  it("have the same keys in Bahasa Indonesia and English", () => {
    expect(leafKeys(en as Tree).sort()).toEqual(leafKeys(id as Tree).sort());
  });

  it.each([
    ["id", id],
    ["en", en],
  ] as const)("label every kind and format every message (%s)", (locale, messages) => {
    const t = createTranslator({
      locale,
      messages: { notifications: messages },
      namespace: "notifications",
      onError: (error) => {
        throw error;
      },
    }) as unknown as (key: string, values?: Record<string, string | number>) => string;
    for (const kind of NOTIFICATION_KINDS) expect(t(kindLabelKey(kind))).not.toBe("");
    expect(t("kindOther")).not.toBe("");
    for (const count of [0, 1, 3]) {
      for (const key of ["bellLabel", "markedAllRead", "unreadSummary", "filterUnread"])
        expect(t(key, { count })).toMatch(/\S/);
    }
    expect(t("markReadOf", { title: "X" })).toContain("X");
  });

  it("names the bell with its unread count", () => {
    const t = createTranslator({
      locale: "id",
      messages: { notifications: id },
      namespace: "notifications",
    }) as unknown as (key: string, values?: Record<string, number>) => string;
    expect(t("bellLabel", { count: 3 })).toBe("Notifikasi, 3 belum dibaca");
    expect(t("kinds.innovation.submitted")).toBe("Inovasi menunggu persetujuan");
  });
});
