// Small but real files for the attachment tests (unit and integration): built in memory, so no
// binary fixtures in the repository. Not used by the application.
import { deflateRawSync } from "node:zlib";

const text = (s: string) => new TextEncoder().encode(s);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** A minimal valid PDF; `size` pads it (inside a comment) to exactly that many bytes. */
export function pdfBytes(size?: number): Uint8Array {
  const head =
    "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
  const tail = "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
  const base = head.length + tail.length;
  const pad = size && size > base + 2 ? `%${" ".repeat(size - base - 2)}\n` : "";
  return text(head + pad + tail);
}

/** A 1×1 transparent PNG. */
export function pngBytes(): Uint8Array {
  return new Uint8Array(
    Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "base64",
    ),
  );
}

/** The start of a JFIF JPEG (SOI + APP0) and its end marker: enough for content detection. */
export function jpegBytes(): Uint8Array {
  return new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
    0x01, 0x00, 0x00, 0xff, 0xd9,
  ]);
}

/** A Windows executable's first bytes ("MZ" DOS header). */
export function exeBytes(): Uint8Array {
  const bytes = new Uint8Array(256);
  bytes.set(text("MZ"), 0);
  bytes.set(text("This program cannot be run in DOS mode."), 78);
  return bytes;
}

export function htmlBytes(): Uint8Array {
  return text('<!DOCTYPE html>\n<html><body><script>alert("x")</script></body></html>\n');
}

// ── ZIP (just enough of APPNOTE: local headers, central directory, end record) ──

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

type ZipEntry = { name: string; data: string | Uint8Array; deflate?: boolean };

export function zipBytes(entries: ZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = text(e.name);
    const raw = typeof e.data === "string" ? text(e.data) : e.data;
    const body = e.deflate ? new Uint8Array(deflateRawSync(raw)) : raw;
    const method = e.deflate ? 8 : 0;
    const crc = crc32(raw);

    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, raw.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    locals.push(local, body);

    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, raw.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    centrals.push(central);

    offset += local.length + body.length;
  }
  const cd = concat(centrals);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cd.length, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, cd, end]);
}

const RELS_CT = "application/vnd.openxmlformats-package.relationships+xml";

function contentTypes(partName: string, mainType: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    `<Default Extension="rels" ContentType="${RELS_CT}"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="${partName}" ContentType="${mainType}"/>` +
    "</Types>"
  );
}

function rootRels(target: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/>` +
    "</Relationships>"
  );
}

/** A minimal Word document: [Content_Types].xml, _rels/.rels and word/document.xml. */
export function docxBytes(opts: { deflate?: boolean; mainType?: string } = {}): Uint8Array {
  const mainType =
    opts.mainType ?? "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  return zipBytes([
    {
      name: "[Content_Types].xml",
      data: contentTypes("/word/document.xml", mainType),
      deflate: opts.deflate,
    },
    { name: "_rels/.rels", data: rootRels("word/document.xml"), deflate: opts.deflate },
    {
      name: "word/document.xml",
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        "<w:body><w:p><w:r><w:t>Surat Keputusan</w:t></w:r></w:p></w:body></w:document>",
      deflate: opts.deflate,
    },
  ]);
}

/** A minimal Excel workbook: [Content_Types].xml, _rels/.rels, xl/workbook.xml and one sheet. */
export function xlsxBytes(opts: { deflate?: boolean } = {}): Uint8Array {
  return zipBytes([
    {
      name: "[Content_Types].xml",
      data: contentTypes(
        "/xl/workbook.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      ),
      deflate: opts.deflate,
    },
    { name: "_rels/.rels", data: rootRels("xl/workbook.xml"), deflate: opts.deflate },
    {
      name: "xl/workbook.xml",
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
      deflate: opts.deflate,
    },
  ]);
}

/** An ordinary ZIP archive (no Office package). */
export function plainZipBytes(): Uint8Array {
  return zipBytes([
    { name: "laporan.txt", data: "Laporan kegiatan.\n" },
    { name: "run.exe", data: exeBytes() },
  ]);
}
