import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { generatedFileResponse } from "@/lib/http/download";
import { textResponse } from "@/lib/http/plain-text";
import { minutesOf } from "@/lib/publication/queries";
import { minutesFilename } from "@/lib/publication/rules/filenames";
import { renderBeritaAcara } from "@/lib/publication/rules/pdf";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

/** Admin of the region only: the berita acara PDF of the latest publication, or `?nomor=N`. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = await minutesOf(
    db,
    await getCurrentUser(),
    id,
    new URL(req.url).searchParams.get("nomor"),
    getStorage(),
  );
  if (!found.ok) return textResponse(found.status, found.message);
  return generatedFileResponse(await renderBeritaAcara(found.input), {
    type: "application/pdf",
    filename: minutesFilename(found.input.content.competition.name, found.number),
    cache: "private, no-store",
  });
}
