// THE rule for what the public may see, in one place: an innovation is public when it is
// approved and its OPD marked it public. Every catalogue query (Prisma or SQL) uses these two
// forms, which say the same thing; tests/integration/catalog.test.ts holds them to it.
import { Prisma } from "@/lib/generated/prisma/client";

export const PUBLIC_INNOVATION = {
  status: "APPROVED",
  isPublic: true,
} as const satisfies Prisma.InnovationWhereInput;

/**
 * The same rule on a search.innovation_document row aliased `s`, whose status and is_public are copies of the
 * innovation's, kept by triggers (migration 20261124071500_catalog_search_facets).
 */
export const PUBLIC_DOCUMENT_SQL = Prisma.sql`s.status = 'APPROVED' AND s.is_public = true`;

/**
 * Public documents: PUBLIC in the approved version of a public innovation. Attachment.visibility is the
 * OPD's working choice for its next version; only the head's approval copies it here (docs/decisions/010).
 */
export const PUBLIC_ATTACHMENT = {
  approvedVisibility: "PUBLIC",
  innovation: PUBLIC_INNOVATION,
} as const satisfies Prisma.AttachmentWhereInput;

/** Replications that count: the adopter has implemented it (and perhaps had it verified). */
export const COUNTED_REPLICATION = ["IMPLEMENTED", "VERIFIED"] as const;
