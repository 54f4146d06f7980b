import { describe, expect, it } from "vitest";
import idMessages from "@/messages/id/auditLog.json";
import enMessages from "@/messages/en/auditLog.json";
import { actionKey, AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, auditTime, changes, entityKey } from "./audit-words";

const lookup = (messages: unknown, key: string) =>
  key.split(".").reduce<unknown>((m, k) => (m as Record<string, unknown> | undefined)?.[k], messages);

describe("audit words", () => {
  it("every action and record type has words in both languages", () => {
    for (const m of [idMessages, enMessages]) {
      for (const a of AUDIT_ACTIONS) expect(typeof lookup(m, actionKey(a)), a).toBe("string");
      for (const e of AUDIT_ENTITY_TYPES) expect(typeof lookup(m, entityKey(e)), e).toBe("string");
    }
  });

  it("the two languages have the same keys", () => {
    const keys = (m: unknown, prefix = ""): string[] =>
      Object.entries(m as Record<string, unknown>).flatMap(([k, v]) =>
        typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
      );
    expect(keys(enMessages).sort()).toEqual(keys(idMessages).sort());
  });

  it("lists only the fields that changed, before and after", () => {
    expect(
      changes(
        { name: "Dinas A", active: true, role: "ADMIN" },
        { name: "Dinas B", active: true, role: "EVALUATOR" },
      ),
    ).toEqual([
      { field: "name", before: "Dinas A", after: "Dinas B" },
      { field: "role", before: "ADMIN", after: "EVALUATOR" },
    ]);
    expect(changes(null, { title: "X", opdId: null })).toEqual([{ field: "title", before: "—", after: "X" }]);
    expect(changes({ active: true }, { active: false })).toEqual([
      { field: "active", before: "✓", after: "✗" },
    ]);
    // Bookkeeping and empty lists are not changes; instants are written in the log's date format.
    expect(
      changes({ updatedAt: "2026-12-06T07:00:00.000Z", tags: [] }, { updatedAt: "2026-12-06T08:00:00.000Z" }),
    ).toEqual([]);
    expect(
      changes(
        { endsAt: "2026-12-06T07:05:00.000Z" },
        { endsAt: "2026-12-07T07:05:00.000Z" },
        { when: (d) => auditTime(d, "id") },
      ),
    ).toEqual([{ field: "endsAt", before: "6 Des 2026 14.05 WIB", after: "7 Des 2026 14.05 WIB" }]);
    // Codes in words where the messages know them; a code they do not know stays as written.
    const word = (field: string, v: string) =>
      field === "role" && v === "OPD_HEAD" ? "Kepala OPD" : undefined;
    expect(changes({ role: "OPD_OPERATOR" }, { role: "OPD_HEAD" }, { word })).toEqual([
      { field: "role", before: "OPD_OPERATOR", after: "Kepala OPD" },
    ]);
  });

  it("writes one date format in the region's time zone", () => {
    const at = new Date("2026-12-06T07:05:00Z");
    expect(auditTime(at, "id")).toBe("6 Des 2026 14.05 WIB");
    expect(auditTime(at, "en")).toBe("6 Dec 2026 14:05 WIB");
    expect(auditTime(at, "id", "WIT")).toBe("6 Des 2026 16.05 WIT");
  });
});
