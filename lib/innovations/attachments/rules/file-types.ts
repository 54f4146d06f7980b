// Shared by the server and the attachments panel: no Node or server imports here.
/** The document types the portal accepts, decided from the file's bytes (see sniff.ts). */
export const ALLOWED_TYPES = {
  "application/pdf": { ext: "pdf", aliases: ["pdf"], disposition: "inline" },
  "image/jpeg": { ext: "jpg", aliases: ["jpg", "jpeg", "jpe", "jfif"], disposition: "inline" },
  "image/png": { ext: "png", aliases: ["png"], disposition: "inline" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    ext: "docx",
    aliases: ["docx"],
    disposition: "attachment",
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
    ext: "xlsx",
    aliases: ["xlsx"],
    disposition: "attachment",
  },
} as const satisfies Record<
  string,
  { ext: string; aliases: readonly string[]; disposition: "inline" | "attachment" }
>;

export type AllowedMime = keyof typeof ALLOWED_TYPES;
export type AllowedExt = (typeof ALLOWED_TYPES)[AllowedMime]["ext"];

export function isAllowedMime(mime: string): mime is AllowedMime {
  return Object.hasOwn(ALLOWED_TYPES, mime);
}

/** For `<input type="file" accept=…>`: extensions and MIME types of every allowed type. */
export const ACCEPT_ATTRIBUTE = Object.entries(ALLOWED_TYPES)
  .flatMap(([mime, t]) => [...t.aliases.map((a) => `.${a}`), mime])
  .join(",");

/** Every extension the browser-side pre-check lets through (the server still decides by content). */
export const ALLOWED_EXTENSIONS: readonly string[] = Object.values(ALLOWED_TYPES).flatMap((t) => [
  ...t.aliases,
]);
