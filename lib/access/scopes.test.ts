import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { NONE, scopes } from "./scopes";

const caller = (role: Role, opdId: string | null = null) => ({ id: "u1", role, regionId: "r1", opdId });
const admin = caller("ADMIN");
const head = caller("OPD_HEAD", "o1");
const operator = caller("OPD_OPERATOR", "o1");
const evaluator = caller("EVALUATOR");
const hub = caller("HUB_ADMIN");
const strayOperator = caller("OPD_OPERATOR", null);

describe("scopes", () => {
  it("bind every read and write of every model to the caller's region, OPD or self", () => {
    for (const [model, s] of Object.entries(scopes)) {
      for (const who of [admin, hub, head, operator, evaluator]) {
        for (const mode of ["read", "write"] as const) {
          const fn = (s as Record<string, ((c: typeof admin) => unknown) | undefined>)[mode];
          if (!fn) continue;
          const where = JSON.stringify(fn(who));
          // An OPD belongs to one region, so an OPD clause binds as tightly as a region clause.
          const bound =
            ['"r1"', '"u1"', '"o1"'].some((id) => where.includes(id)) || where === JSON.stringify(NONE);
          expect(bound, `${model}.${mode} as ${who.role}: ${where}`).toBe(true);
        }
      }
    }
  });

  it("keep OPD roles inside their OPD, and an OPD role without an OPD out of everything", () => {
    expect(scopes.innovation.read(operator)).toEqual({ regionId: "r1", opdId: "o1" });
    expect(scopes.innovation.write(head)).toEqual({ regionId: "r1", opdId: "o1" });
    expect(scopes.entry.write(operator)).toMatchObject({ innovation: { opdId: "o1" } });
    expect(scopes.objection.read(operator)).toMatchObject({ entry: { innovation: { opdId: "o1" } } });
    for (const s of [scopes.innovation, scopes.entry, scopes.objection, scopes.feedback]) {
      expect(s.read(strayOperator)).toEqual(NONE);
      expect(s.write(strayOperator)).toEqual(NONE);
    }
  });

  it("let the secretariat read but never edit an innovation, and evaluators only their assignments", () => {
    // The region's own, and those entered into its competitions (a province's receives its regions' winners).
    expect(scopes.innovation.read(admin)).toEqual({
      OR: [{ regionId: "r1" }, { entries: { some: { competition: { regionId: "r1" } } } }],
    });
    expect(scopes.innovation.write(admin)).toEqual(NONE);
    expect(scopes.competition.write(evaluator)).toEqual(NONE);
    expect(scopes.assignment.read(evaluator)).toMatchObject({ evaluatorId: "u1", conflictDeclared: false });
    expect(scopes.assignment.read(operator)).toEqual(NONE);
    expect(scopes.auditLog.read(head)).toEqual(NONE);
    expect(scopes.mailMessage.read(evaluator)).toEqual(NONE);
  });

  it("give a document its innovation's scope, and the ranking's records and the audit log to the secretariat", () => {
    expect(scopes.attachment.read(admin)).toEqual({ innovation: scopes.innovation.read(admin) });
    expect(scopes.attachment.write(admin)).toEqual(NONE);
    expect(scopes.attachment.write(operator)).toEqual({ innovation: { regionId: "r1", opdId: "o1" } });
    expect(scopes.review.read(evaluator)).toMatchObject({ assignment: { evaluatorId: "u1" } });
    for (const who of [head, operator, evaluator]) {
      expect(scopes.override.write(who)).toEqual(NONE);
      expect(scopes.rankingRun.read(who)).toEqual(NONE);
      expect(scopes.publication.read(who)).toEqual(NONE);
    }
    // A line of no known region (a system line) is in nobody's log.
    expect(scopes.auditLog.read(admin)).toEqual({ regionId: "r1" });
  });

  it("show a replication to both sides, and let only a head or the secretariat decide on it", () => {
    expect(scopes.replication.read(admin)).toEqual({
      OR: [{ source: { regionId: "r1" } }, { adopterRegionId: "r1" }],
    });
    expect(scopes.replication.write(operator)).toEqual(NONE);
    expect(scopes.replication.write(head)).toEqual({
      OR: [{ source: { opdId: "o1" } }, { adopterOpdId: "o1" }],
    });
  });

  it("let a hub read the province and the regions under it, and change only the province's own records", () => {
    expect(scopes.hubRegion.read(hub)).toEqual({ OR: [{ id: "r1" }, { parentId: "r1" }] });
    expect(scopes.hubRegion.write(hub)).toEqual({ parentId: "r1" });
    for (const who of [admin, head, operator, evaluator]) {
      expect(scopes.hubRegion.read(who)).toEqual(NONE);
      expect(scopes.hubRegion.write(who)).toEqual(NONE);
    }
    // Everything else a hub changes, it changes in its own region only, as a region's secretariat does.
    for (const model of ["region", "opd", "user", "competition", "entry"] as const) {
      expect(JSON.stringify(scopes[model].write(hub))).toBe(JSON.stringify(scopes[model].write(admin)));
    }
    expect(scopes.innovation.write(hub)).toEqual(NONE);
  });

  it("let a region's secretariat send winners only to its province's competitions", () => {
    expect(scopes.competition.nominate(admin)).toEqual({ region: { children: { some: { id: "r1" } } } });
    for (const who of [hub, head, operator, evaluator])
      expect(scopes.competition.nominate(who)).toEqual(NONE);
  });
});
