import { describe, expect, it } from "vitest";
import { loginSchema, setPasswordSchema } from "@/lib/auth/schemas";
import { innovationListQuery } from "@/lib/innovations/schemas";

const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("auth schemas", () => {
  it("login needs both fields", () => {
    expect(errorsOf(loginSchema.safeParse({ identifier: "  ", password: "" }))).toEqual({
      identifier: "validation.required",
      password: "validation.required",
    });
  });

  it("a new password is long enough, has letters and digits, and is confirmed", () => {
    const token = "x".repeat(43);
    expect(
      setPasswordSchema.safeParse({ token, password: "Rahasia2026", confirm: "Rahasia2026" }).success,
    ).toBe(true);
    expect(errorsOf(setPasswordSchema.safeParse({ token, password: "pendek1", confirm: "pendek1" }))).toEqual(
      {
        password: "validation.passwordTooShort",
      },
    );
    expect(
      errorsOf(setPasswordSchema.safeParse({ token, password: "hanyahurufsaja", confirm: "hanyahurufsaja" })),
    ).toEqual({
      password: "validation.passwordWeak",
    });
    expect(
      errorsOf(setPasswordSchema.safeParse({ token, password: "Rahasia2026", confirm: "Rahasia2027" })),
    ).toEqual({
      confirm: "validation.passwordMismatch",
    });
  });
});

describe("control characters in the shared schemas", () => {
  it("a login identifier with a NUL is refused (never a rate-limit key the database cannot store)", () => {
    expect(
      errorsOf(loginSchema.safeParse({ identifier: "admin\u0000@inovasi.test", password: "x" })),
    ).toEqual({
      identifier: "validation.controlChars",
    });
  });

  it("a list filter with one is dropped, as any malformed filter is", () => {
    expect(innovationListQuery.parse({ q: "posyandu\u0000", opd: "\u0000" })).toMatchObject({
      q: undefined,
      opd: undefined,
    });
  });
});
