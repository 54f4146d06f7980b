import { requireOpen } from "@/lib/competitions/rules/stages";

/** The OBJECTION stage's refusal, with its dates; shared by the action and the public page. */
export function windowState(stages: { kind: string; startsAt: Date; endsAt: Date }[], now: Date) {
  return requireOpen(
    stages
      .filter((s) => s.kind === "OBJECTION")
      .map((s) => ({ kind: "OBJECTION" as const, startsAt: s.startsAt, endsAt: s.endsAt })),
    "OBJECTION",
    now,
  );
}
