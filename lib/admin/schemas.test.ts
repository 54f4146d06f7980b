import { describe, expect, it } from "vitest";
import { createOpdSchema, createUserSchema, setActiveSchema } from "./schemas";

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

describe("control characters", () => {
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
});
