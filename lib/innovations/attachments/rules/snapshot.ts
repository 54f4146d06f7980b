// The documents a version recorded when it was submitted (InnovationVersion.snapshot.attachments), read
// defensively: a snapshot is stored JSON, and older ones may lack the list. No server imports: the version
// pages use it too.
import { z } from "zod";
import { VISIBILITIES } from "../schemas";

const documentSchema = z.object({
  id: z.string(),
  fileName: z.string().catch(""),
  kind: z.string().catch(""),
  visibility: z.enum(VISIBILITIES),
  sha256: z.string().catch(""),
});

type SnapshotDocument = z.infer<typeof documentSchema>;

/** The documents of a version; entries that cannot be read are left out. */
export function snapshotDocuments(snapshot: unknown): SnapshotDocument[] {
  const list =
    typeof snapshot === "object" && snapshot !== null && "attachments" in snapshot
      ? (snapshot as { attachments: unknown }).attachments
      : null;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const parsed = documentSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

type DocumentsDiff = {
  added: SnapshotDocument[];
  removed: SnapshotDocument[];
  /** Same document, another visibility: `before` is the older version's. */
  visibilityChanged: (SnapshotDocument & { before: SnapshotDocument["visibility"] })[];
};

/** What changed in the documents from version `a` to version `b`. */
export function diffDocuments(a: unknown, b: unknown): DocumentsDiff {
  const before = new Map(snapshotDocuments(a).map((d) => [d.id, d]));
  const after = snapshotDocuments(b);
  const afterIds = new Set(after.map((d) => d.id));
  const visibilityChanged: DocumentsDiff["visibilityChanged"] = [];
  const added: SnapshotDocument[] = [];
  for (const doc of after) {
    const old = before.get(doc.id);
    if (!old) added.push(doc);
    else if (old.visibility !== doc.visibility) visibilityChanged.push({ ...doc, before: old.visibility });
  }
  return { added, removed: [...before.values()].filter((d) => !afterIds.has(d.id)), visibilityChanged };
}
