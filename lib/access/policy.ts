// What each role may do, in one table. A permission answers "may this kind of caller do this kind of thing";
// whether they may do it to *that* record is the scope's answer (./scopes.ts). Both are asked for every access:
// an action names its permission, and the domain function loads the record through the model's scope.
import { ActionError } from "@/lib/action-types";
import type { Role } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = [
  // The region's own set-up: profile, OPDs, accounts, imports, the mail outbox, the audit log.
  "region.administer",
  // Innovations: OPD staff write their OPD's drafts; the head approves or returns them.
  "innovation.read",
  "innovation.edit",
  "innovation.decide",
  // Competitions: the secretariat configures, screens, assigns, ranks, publishes; OPDs enter and withdraw.
  "competition.read",
  "competition.write",
  "competition.enter",
  // Evaluators score what they are assigned.
  "review.write",
  // Objections: the secretariat decides and asks the OPD concerned for a clarification, which the OPD answers.
  "objection.decide",
  "objection.answer",
  // Citizens' comments on innovations: the secretariat and the OPD concerned moderate and reply.
  "feedback.moderate",
  // A region's published winner sent on to the competition of the province whose hub it belongs to.
  "competition.nominate",
  // Replications between regions: each side decides on its own part.
  "replication.decide",
  // A province's Hub JIPP: read and compare the regions under it; add them and their first admins.
  "hub.read",
  "hub.manage",
  // One's own notifications and mail preferences.
  "self.manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const SECRETARIAT: readonly Permission[] = [
  "region.administer",
  "innovation.read",
  "competition.read",
  "competition.write",
  "objection.decide",
  "feedback.moderate",
  "replication.decide",
  "self.manage",
];

export const POLICY: Readonly<Record<Role, readonly Permission[]>> = {
  ADMIN: [...SECRETARIAT, "competition.nominate"],
  // A province's secretariat: its own region as ADMIN has it, and the hub over the regions under it.
  HUB_ADMIN: [...SECRETARIAT, "hub.read", "hub.manage"],
  OPD_HEAD: [
    "innovation.read",
    "innovation.edit",
    "innovation.decide",
    "competition.read",
    "competition.enter",
    "objection.answer",
    "feedback.moderate",
    "replication.decide",
    "self.manage",
  ],
  OPD_OPERATOR: [
    "innovation.read",
    "innovation.edit",
    "competition.read",
    "competition.enter",
    "objection.answer",
    "feedback.moderate",
    "self.manage",
  ],
  EVALUATOR: ["innovation.read", "competition.read", "review.write", "self.manage"],
};

const GRANTS: ReadonlyMap<Role, ReadonlySet<Permission>> = new Map(
  Object.entries(POLICY).map(([role, list]) => [role as Role, new Set(list)]),
);

export function can(actor: { role: Role } | null | undefined, permission: Permission): boolean {
  return !!actor && (GRANTS.get(actor.role)?.has(permission) ?? false);
}

/** Refuses (with the one "not allowed" message) a caller whose role lacks the permission. */
export function assertCan(actor: { role: Role } | null | undefined, permission: Permission): void {
  if (!can(actor, permission)) throw new ActionError("errors.forbidden");
}

/** The roles that hold a permission: what the action wrapper and page guards check. */
export function rolesWith(permission: Permission): Role[] {
  return [...GRANTS].filter(([, set]) => set.has(permission)).map(([role]) => role);
}
