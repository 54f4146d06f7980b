// The words of a .docx, for tests: word/document.xml unzipped, one line per paragraph, tags dropped, entities read.
import { strFromU8, unzipSync } from "fflate";

export function docxText(bytes: Uint8Array): string {
  const xml = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"];
  if (!xml) throw new Error("not a Word document: no word/document.xml");
  return strFromU8(xml)
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
