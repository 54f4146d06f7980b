import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { generatedFileResponse } from "@/lib/http/download";
import { textResponse } from "@/lib/http/plain-text";
import { decreeOf } from "@/lib/publication/queries";
import { decreeInput, renderDecree } from "@/lib/publication/rules/decree";
import { decreeFilename } from "@/lib/publication/rules/filenames";

export const dynamic = "force-dynamic";

/** Admin of the region only: the draft decree naming the winners of the latest publication, or `?nomor=N` (.docx). */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = await decreeOf(db, await getCurrentUser(), id, new URL(req.url).searchParams.get("nomor"));
  if (!found.ok) return textResponse(found.status, found.message);
  const { publication, region, letterhead, opdNames } = found;
  return generatedFileResponse(await renderDecree(decreeInput(publication, region, letterhead, opdNames)), {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    filename: decreeFilename(publication.number),
    cache: "private, no-store",
  });
}
