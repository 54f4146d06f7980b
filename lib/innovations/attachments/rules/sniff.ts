// Decides what a file really is from its bytes. The declared name, extension and the browser's
// MIME type are never consulted: a renamed executable, an HTML page called .pdf or a plain ZIP is
// refused, a real DOCX/XLSX (a ZIP whose [Content_Types].xml names a Word/Excel main part) passes.
import { fileTypeFromBuffer } from "file-type";
import { ALLOWED_TYPES, isAllowedMime, type AllowedExt, type AllowedMime } from "./file-types";

type SniffResult = { mime: AllowedMime; ext: AllowedExt };

/** The main part an Office Open XML package of each type must contain. */
const OOXML_MAIN_PART: Partial<Record<AllowedMime, string>> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "word/document.xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xl/workbook.xml",
};

/**
 * Names in a ZIP's central directory (the authoritative list of entries), or null when the
 * archive is not well-formed. Only what the check below needs: no ZIP64, no extraction.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const EOCD = 0x06054b50;
  const CDH = 0x02014b50;
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset + cdSize > eocd) return null;
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const names: string[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CDH) return null;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

/** The real type of the file if it is one the portal accepts, else null. */
export async function sniffFileType(bytes: Uint8Array): Promise<SniffResult | null> {
  if (bytes.length === 0) return null;
  let detected: { mime: string } | undefined;
  try {
    detected = await fileTypeFromBuffer(bytes);
  } catch {
    return null;
  }
  if (!detected || !isAllowedMime(detected.mime)) return null;
  const mime = detected.mime;
  const mainPart = OOXML_MAIN_PART[mime];
  if (mainPart) {
    const names = zipEntryNames(bytes);
    if (!names?.includes(mainPart)) return null;
  }
  return { mime, ext: ALLOWED_TYPES[mime].ext };
}
