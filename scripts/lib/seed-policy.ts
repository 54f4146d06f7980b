// Which start puts the demo region into an empty database. Newcomers running `npm run dev` on the embedded
// database need it; a real installation (`npm start`, or any DATABASE_URL) must never get accounts whose password
// is published, unless SEED_DEMO=1 asks for them.

export type StartKind = { mode: "dev" | "start"; embedded: boolean; seedDemo?: string | undefined };

export function seedsDemo({ mode, embedded, seedDemo }: StartKind): boolean {
  const asked = seedDemo?.trim().toLowerCase();
  if (asked === "1" || asked === "true" || asked === "yes") return true;
  if (asked === "0" || asked === "false" || asked === "no") return false;
  return mode === "dev" && embedded;
}
