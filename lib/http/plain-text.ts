/** A plain-text answer of a document route (a refusal, in Bahasa Indonesia), never cached. */
export const textResponse = (status: number, body: string) =>
  new Response(`${body}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
