import { db } from "@/lib/db";
import { generatedFileResponse } from "@/lib/http/download";
import { textResponse } from "@/lib/http/plain-text";
import { certificateOf } from "@/lib/publication/queries";
import { certificateFilename } from "@/lib/publication/rules/filenames";
import { renderCertificate } from "@/lib/publication/rules/pdf";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/** Public: a winner's certificate from the latest publication, or `?nomor=N`. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string; entryId: string }> }) {
  const { id, entryId } = await params;
  const found = await certificateOf(
    db,
    id,
    entryId,
    new URL(req.url).searchParams.get("nomor"),
    getStorage(),
  );
  if (!found.ok) return textResponse(found.status, found.message);
  return generatedFileResponse(await renderCertificate(found.input), {
    type: "application/pdf",
    filename: certificateFilename(found.input.winner),
    // An hour at most: the certificate prints the region's current officials, whom the secretariat may change.
    cache: found.numbered ? "public, max-age=3600" : "public, max-age=60, must-revalidate",
  });
}
