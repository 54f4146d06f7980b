// One scope per model: the rows a caller may read, and the rows they may change. Domain queries pass their own
// conditions through these (`scopes.opd.write(user, { id })`) instead of writing a region or OPD clause by hand, so
// the boundary lives here alone and a scope deleted by mistake shows in the tenancy test. The query's conditions and
// the scope are joined with AND, never merged by spreading: a spread lets a key of one replace the same key of the
// other (a query's `id` would replace a region scope's, or a scope's `innovation` a query's). A caller outside every
// scope gets NONE: "not found", never "forbidden", so nobody learns that another region's or OPD's record exists.
import type { Actor } from "@/lib/action-types";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Who is asking: an actor of an action, a page's signed-in user, or a script's. */
export type Caller = Pick<Actor, "id" | "role" | "regionId" | "opdId">;

/** Matches no row of any model (ids are cuids, never this). */
export const NONE = { id: "__none__" } as const;

const isOpd = (c: Caller): c is Caller & { opdId: string } =>
  (c.role === "OPD_OPERATOR" || c.role === "OPD_HEAD") && !!c.opdId;

/** The region's secretariat: its ADMIN, or a province's HUB_ADMIN in the province's own region. */
const isSecretariat = (c: Pick<Caller, "role">): boolean => c.role === "ADMIN" || c.role === "HUB_ADMIN";

/** A hub's regions: the province itself and the regions under it. */
const hubRegions = (c: Caller): Prisma.RegionWhereInput => ({
  OR: [{ id: c.regionId }, { parentId: c.regionId }],
});

/** Assignments an evaluator may open: their own, in their region, not one they declared a conflict on. */
function ownAssignments(c: Caller): Prisma.AssignmentWhereInput {
  return { evaluatorId: c.id, conflictDeclared: false, stage: { competition: { regionId: c.regionId } } };
}

/** A model reached through its parent's scope (a document through its innovation): NONE where the parent's is. */
function through<K extends string, W extends object>(relation: K, parent: W): Record<K, W> | typeof NONE {
  return parent === NONE ? NONE : ({ [relation]: parent } as Record<K, W>);
}

/** A model's scope: alone, or joined with a query's own conditions. */
function scope<C, W extends object>(rule: (c: C) => W) {
  return (c: C, where?: W): W => (where ? ({ AND: [rule(c), where] } as W) : rule(c));
}

const rules = {
  region: {
    read: (c: Caller): Prisma.RegionWhereInput => ({ id: c.regionId }),
    write: (c: Caller): Prisma.RegionWhereInput => (isSecretariat(c) ? { id: c.regionId } : NONE),
  },
  opd: {
    read: (c: Caller): Prisma.OpdWhereInput => ({ regionId: c.regionId }),
    write: (c: Caller): Prisma.OpdWhereInput => (isSecretariat(c) ? { regionId: c.regionId } : NONE),
  },
  user: {
    /** The secretariat sees its region's accounts; anyone else only their own. */
    read: (c: Caller): Prisma.UserWhereInput =>
      isSecretariat(c) ? { regionId: c.regionId } : { id: c.id, regionId: c.regionId },
    write: (c: Caller): Prisma.UserWhereInput => (isSecretariat(c) ? { regionId: c.regionId } : NONE),
  },
  innovation: {
    /**
     * Their own OPD's for OPD roles; for the secretariat the region's and those entered into its competitions (a
     * province's competition receives its regions' winners); for evaluators the ones they are assigned.
     */
    read: (c: Caller): Prisma.InnovationWhereInput => {
      if (isSecretariat(c)) {
        return {
          OR: [{ regionId: c.regionId }, { entries: { some: { competition: { regionId: c.regionId } } } }],
        };
      }
      if (isOpd(c)) return { regionId: c.regionId, opdId: c.opdId };
      if (c.role === "EVALUATOR") return { entries: { some: { assignments: { some: ownAssignments(c) } } } };
      return NONE;
    },
    /** Operators and heads of the innovation's own OPD; the secretariat only reads. */
    write: (c: Caller): Prisma.InnovationWhereInput =>
      isOpd(c) ? { regionId: c.regionId, opdId: c.opdId } : NONE,
  },
  attachment: {
    /** An innovation's documents go with the innovation: read where it is read, changed where it is changed. */
    read: (c: Caller): Prisma.AttachmentWhereInput => through("innovation", rules.innovation.read(c)),
    write: (c: Caller): Prisma.AttachmentWhereInput => through("innovation", rules.innovation.write(c)),
  },
  competition: {
    read: (c: Caller): Prisma.CompetitionWhereInput => ({ regionId: c.regionId }),
    write: (c: Caller): Prisma.CompetitionWhereInput => (isSecretariat(c) ? { regionId: c.regionId } : NONE),
    /** The competitions a region's secretariat may send its published winners to: its province's. */
    nominate: (c: Caller): Prisma.CompetitionWhereInput =>
      c.role === "ADMIN" ? { region: { children: { some: { id: c.regionId } } } } : NONE,
  },
  hubRegion: {
    /** What a province's hub reads and compares: the province and the regions under it. */
    read: (c: Caller): Prisma.RegionWhereInput => (c.role === "HUB_ADMIN" ? hubRegions(c) : NONE),
    /** The regions whose first admins the hub manages: those under it, never the province's own (its ADMIN's). */
    write: (c: Caller): Prisma.RegionWhereInput => (c.role === "HUB_ADMIN" ? { parentId: c.regionId } : NONE),
  },
  entry: {
    read: (c: Caller): Prisma.EntryWhereInput => {
      if (isSecretariat(c)) return { competition: { regionId: c.regionId } };
      if (isOpd(c)) return { competition: { regionId: c.regionId }, innovation: { opdId: c.opdId } };
      if (c.role === "EVALUATOR") return { assignments: { some: ownAssignments(c) } };
      return NONE;
    },
    /** The secretariat screens any entry of its region; an OPD changes (withdraws, resubmits) only its own. */
    write: (c: Caller): Prisma.EntryWhereInput => {
      if (isSecretariat(c)) return { competition: { regionId: c.regionId } };
      if (isOpd(c)) return { competition: { regionId: c.regionId }, innovation: { opdId: c.opdId } };
      return NONE;
    },
  },
  review: {
    /** A review goes with its assignment: the secretariat's region's, an evaluator's own. */
    read: (c: Caller): Prisma.ReviewWhereInput => through("assignment", rules.assignment.read(c)),
  },
  assignment: {
    read: (c: Caller): Prisma.AssignmentWhereInput => {
      if (isSecretariat(c)) return { stage: { competition: { regionId: c.regionId } } };
      if (c.role === "EVALUATOR") return ownAssignments(c);
      return NONE;
    },
    write: (c: Caller): Prisma.AssignmentWhereInput => {
      if (isSecretariat(c)) return { stage: { competition: { regionId: c.regionId } } };
      if (c.role === "EVALUATOR") return ownAssignments(c);
      return NONE;
    },
  },
  objection: {
    /** The secretariat reads every objection of its region; the OPD concerned reads those against its entries. */
    read: (c: Caller): Prisma.ObjectionWhereInput => {
      if (isSecretariat(c)) return { entry: { competition: { regionId: c.regionId } } };
      if (isOpd(c))
        return { entry: { competition: { regionId: c.regionId }, innovation: { opdId: c.opdId } } };
      return NONE;
    },
    /** Deciding is the secretariat's; answering a clarification is the OPD concerned's (permission tells which). */
    write: (c: Caller): Prisma.ObjectionWhereInput => {
      if (isSecretariat(c)) return { entry: { competition: { regionId: c.regionId } } };
      if (isOpd(c))
        return { entry: { competition: { regionId: c.regionId }, innovation: { opdId: c.opdId } } };
      return NONE;
    },
  },
  objectionClarification: {
    /** The secretariat's questions and the OPD concerned's answers: read by both sides. */
    read: (c: Caller): Prisma.ObjectionClarificationWhereInput => {
      if (isSecretariat(c)) return { objection: { entry: { competition: { regionId: c.regionId } } } };
      if (isOpd(c)) {
        return {
          objection: { entry: { competition: { regionId: c.regionId }, innovation: { opdId: c.opdId } } },
        };
      }
      return NONE;
    },
    /** Only the OPD concerned answers (the secretariat asks by creating one). */
    write: (c: Caller): Prisma.ObjectionClarificationWhereInput =>
      isOpd(c)
        ? { objection: { entry: { competition: { regionId: c.regionId }, innovation: { opdId: c.opdId } } } }
        : NONE,
  },
  override: {
    /** The jury's decisions on a ranking and the shortlist adjustments: the secretariat's own region's. */
    read: (c: Caller): Prisma.OverrideWhereInput =>
      isSecretariat(c) ? { competition: { regionId: c.regionId } } : NONE,
    write: (c: Caller): Prisma.OverrideWhereInput =>
      isSecretariat(c) ? { competition: { regionId: c.regionId } } : NONE,
  },
  rankingRun: {
    /** The stored computations of a ranking: the secretariat's own region's. */
    read: (c: Caller): Prisma.RankingRunWhereInput =>
      isSecretariat(c) ? { competition: { regionId: c.regionId } } : NONE,
  },
  publication: {
    /** The secretariat's list of its own region's publications (the published results themselves are public). */
    read: (c: Caller): Prisma.PublicationWhereInput =>
      isSecretariat(c) ? { competition: { regionId: c.regionId } } : NONE,
  },
  feedback: {
    read: (c: Caller): Prisma.FeedbackWhereInput => {
      if (isSecretariat(c)) return { innovation: { regionId: c.regionId } };
      if (isOpd(c)) return { innovation: { regionId: c.regionId, opdId: c.opdId } };
      return NONE;
    },
    write: (c: Caller): Prisma.FeedbackWhereInput => {
      if (isSecretariat(c)) return { innovation: { regionId: c.regionId } };
      if (isOpd(c)) return { innovation: { regionId: c.regionId, opdId: c.opdId } };
      return NONE;
    },
  },
  replication: {
    /** Both sides of a replication see it: the source innovation's region and the adopting region. */
    read: (c: Caller): Prisma.ReplicationWhereInput => {
      if (isSecretariat(c))
        return { OR: [{ source: { regionId: c.regionId } }, { adopterRegionId: c.regionId }] };
      if (isOpd(c)) return { OR: [{ source: { opdId: c.opdId } }, { adopterOpdId: c.opdId }] };
      return NONE;
    },
    write: (c: Caller): Prisma.ReplicationWhereInput => {
      if (isSecretariat(c))
        return { OR: [{ source: { regionId: c.regionId } }, { adopterRegionId: c.regionId }] };
      if (c.role === "OPD_HEAD" && c.opdId)
        return { OR: [{ source: { opdId: c.opdId } }, { adopterOpdId: c.opdId }] };
      return NONE;
    },
  },
  notification: {
    /** One's own, whatever the role. */
    read: (c: Pick<Caller, "id">): Prisma.NotificationWhereInput => ({ userId: c.id }),
    write: (c: Pick<Caller, "id">): Prisma.NotificationWhereInput => ({ userId: c.id }),
  },
  auditLog: {
    /**
     * The secretariat reads its region's lines: those its accounts wrote, and the system's about its records. A
     * system line of no known region is kept but is in nobody's log.
     */
    read: (c: Caller): Prisma.AuditLogWhereInput => (isSecretariat(c) ? { regionId: c.regionId } : NONE),
  },
  mailMessage: {
    read: (c: Caller): Prisma.MailMessageWhereInput => (isSecretariat(c) ? { regionId: c.regionId } : NONE),
  },
} as const;

type Rules = typeof rules;
type Scopes = {
  [M in keyof Rules]: {
    [K in keyof Rules[M]]: Rules[M][K] extends (c: infer C) => infer W
      ? W extends object
        ? (c: C, where?: W) => W
        : never
      : never;
  };
};

export const scopes = Object.fromEntries(
  Object.entries(rules).map(([model, modes]) => [
    model,
    Object.fromEntries(
      Object.entries(modes).map(([mode, rule]) => [mode, scope(rule as (c: Caller) => object)]),
    ),
  ]),
) as Scopes;

export type ScopedModel = keyof Scopes;
