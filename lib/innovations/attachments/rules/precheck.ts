// Fast feedback in the browser before an upload: size, extension and the first bytes. Only a
// convenience: the server decides by the whole content (sniff.ts) and its own limits.
import { ALLOWED_EXTENSIONS } from "./file-types";
import type { UploadLimits } from "./limits";

type PrecheckError = "errors.empty" | "errors.tooLarge" | "errors.totalTooLarge" | "errors.typeNotAllowed";

const MAGIC: Record<string, readonly number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46], // %PDF
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpg: [0xff, 0xd8, 0xff],
  zip: [0x50, 0x4b, 0x03, 0x04], // DOCX and XLSX are ZIP packages
};

function familyOf(ext: string): keyof typeof MAGIC | null {
  switch (ext) {
    case "pdf":
      return "pdf";
    case "png":
      return "png";
    case "jpg":
    case "jpeg":
    case "jpe":
    case "jfif":
      return "jpg";
    case "docx":
    case "xlsx":
      return "zip";
    default:
      return null;
  }
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** Whether the first bytes fit the extension the file is named with. */
function headMatchesExtension(head: Uint8Array, ext: string): boolean {
  const family = familyOf(ext);
  const magic = family ? MAGIC[family] : undefined;
  if (!magic || head.length < magic.length) return false;
  return magic.every((b, i) => head[i] === b);
}

/** The first reason to refuse the file before sending it, or null. */
export function precheck(
  file: { name: string; size: number },
  head: Uint8Array,
  usedBytes: number,
  limits: UploadLimits,
): PrecheckError | null {
  if (file.size === 0) return "errors.empty";
  if (file.size > limits.maxFileBytes) return "errors.tooLarge";
  if (usedBytes + file.size > limits.maxTotalBytes) return "errors.totalTooLarge";
  const ext = extensionOf(file.name);
  if (!ALLOWED_EXTENSIONS.includes(ext) || !headMatchesExtension(head, ext)) return "errors.typeNotAllowed";
  return null;
}
