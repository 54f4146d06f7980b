// Pure: turns a public video link into the embed URL of a privacy-friendly player (or null).

/** YouTube and Vimeo links become privacy-friendly embed URLs; anything else is only linked. */
export function videoEmbedUrl(url: string | null): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return null;
  const host = u.hostname.replace(/^www\.|^m\./, "");
  let id: string | null = null;
  if (host === "youtube.com")
    id =
      u.pathname === "/watch"
        ? u.searchParams.get("v")
        : (u.pathname.match(/^\/(?:embed|shorts|live)\/([\w-]+)/)?.[1] ?? null);
  else if (host === "youtu.be") id = u.pathname.slice(1).split("/")[0] || null;
  if (id && /^[\w-]{6,20}$/.test(id)) return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`;
  if (host === "vimeo.com") {
    const vid = u.pathname.match(/^\/(\d{5,12})/)?.[1];
    if (vid) return `https://player.vimeo.com/video/${vid}?autoplay=1&dnt=1`;
  }
  return null;
}
