import { describe, expect, it } from "vitest";
import { createOpdSchema, createUserSchema, setActiveSchema } from "./admin";
import { loginSchema, setPasswordSchema } from "@/lib/auth/schemas";
import { innovationListQuery } from "@/lib/innovations/schemas";

const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("createUserSchema", () => {
  const valid = {
    name: "Dewi Lestari",
    email: " Dewi@Inovasi.TEST ",
    nip: "",
    role: "OPD_OPERATOR",
    opdId: "opd1",
  };

  it("normalises email, turns an empty NIP into null", () => {
    const r = createUserSchema.parse(valid);
    expect(r).toMatchObject({ email: "dewi@inovasi.test", nip: null, opdId: "opd1" });
  });

  it("reports every problem at once, as message keys", () => {
    const r = createUserSchema.safeParse({
      name: "",
      email: "bukan-email",
      nip: "123",
      role: "RAJA",
      opdId: "",
    });
    expect(errorsOf(r)).toEqual({
      name: "validation.tooShort",
      email: "validation.email",
      nip: "validation.nip",
      role: "validation.invalidChoice",
    });
  });

  it("requires an OPD for OPD roles but not for evaluators", () => {
    expect(errorsOf(createUserSchema.safeParse({ ...valid, opdId: "" }))).toEqual({
      opdId: "admin.users.opdRequired",
    });
    expect(createUserSchema.safeParse({ ...valid, role: "EVALUATOR", opdId: "" }).success).toBe(true);
  });

  it("accepts an 18-digit NIP only", () => {
    expect(createUserSchema.safeParse({ ...valid, nip: "199001012015032003" }).success).toBe(true);
    expect(createUserSchema.safeParse({ ...valid, nip: "19900101201503200X" }).success).toBe(false);
  });
});

describe("createOpdSchema", () => {
  it("upper-cases the short name and checks its shape", () => {
    expect(
      createOpdSchema.parse({ name: "Dinas Sosial", shortName: "dinsos", kind: "DINAS" }).shortName,
    ).toBe("DINSOS");
    expect(
      errorsOf(
        createOpdSchema.safeParse({ name: "Dinas Sosial", shortName: "dinas sosial!", kind: "PABRIK" }),
      ),
    ).toEqual({
      shortName: "validation.shortName",
      kind: "validation.invalidChoice",
    });
  });
});

describe("setActiveSchema", () => {
  it("reads the form's 'true'/'false' and nothing else", () => {
    expect(setActiveSchema.parse({ id: "x", active: "false" }).active).toBe(false);
    expect(setActiveSchema.safeParse({ id: "x", active: "yes" }).success).toBe(false);
  });
});

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

  it("account and OPD names refuse them, with every other problem reported too", () => {
    expect(
      errorsOf(
        createUserSchema.safeParse({
          name: "Dewi\u0007",
          email: "dewi@inovasi.test",
          role: "EVALUATOR",
          opdId: "x\u0000",
        }),
      ),
    ).toEqual({ name: "validation.controlChars", opdId: "validation.controlChars" });
    expect(
      errorsOf(createOpdSchema.safeParse({ name: "Dinas\u0000Sosial", shortName: "DINSOS", kind: "DINAS" })),
    ).toEqual({ name: "validation.controlChars" });
  });

  it("a list filter with one is dropped, as any malformed filter is", () => {
    expect(innovationListQuery.parse({ q: "posyandu\u0000", opd: "\u0000" })).toMatchObject({
      q: undefined,
      opd: undefined,
    });
  });
});
