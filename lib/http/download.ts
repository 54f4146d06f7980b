/** A generated file (PDF, DOCX, XLSX) as a download: its type, name, length and how long it may be cached. */
export function downloadResponse(
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
