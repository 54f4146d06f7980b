import { contentDisposition } from "@/lib/innovations/attachments/rules/names";

/**
 * The answer to a download. A public document may be withdrawn at any moment (its innovation reopened, or
 * a new version approved without it), so no cache may keep answering it without asking: `no-cache` with
 * the content's ETag lets a browser or proxy revalidate cheaply (304) and see a 404 as soon as it is
 * withdrawn. Anything else is `private, no-store`.
 */
export function downloadResponse(
  request: Request,
  file: {
    body: ReadableStream<Uint8Array>;
    mimeType: string;
    sizeBytes: number;
    sha256: string;
    fileName: string;
    disposition: "inline" | "attachment";
    isPublic: boolean;
  },
): Response {
  const etag = `"${file.sha256}"`;
  const headers: Record<string, string> = {
    "x-content-type-options": "nosniff",
    "content-security-policy": "sandbox",
    "cache-control": file.isPublic ? "no-cache" : "private, no-store",
    etag,
  };
  if (ifNoneMatch(request.headers.get("if-none-match"), etag)) {
    void file.body.cancel().catch(() => undefined);
    return new Response(null, { status: 304, headers });
  }
  return new Response(file.body, {
    status: 200,
    headers: {
      ...headers,
      "content-type": file.mimeType,
      "content-length": String(file.sizeBytes),
      "content-disposition": contentDisposition(file.disposition, file.fileName),
    },
  });
}

/** RFC 9110 If-None-Match: `*` or a list of (weak or strong) tags, compared weakly. */
function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** A generated file (PDF, DOCX, XLSX) as a download: its type, name, length and how long it may be cached. */
export function generatedFileResponse(
  bytes: Buffer,
  { type, filename, cache }: { type: string; filename: string; cache: string },
): Response {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Length": String(bytes.length),
      "Cache-Control": cache,
    },
  });
}
