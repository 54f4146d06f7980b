/** A code for a region set up without its Kemendagri code: its name in capitals, words joined by "-". */
export function regionCodeFromName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toUpperCase()
    .slice(0, 60);
  return slug || "WILAYAH";
}
