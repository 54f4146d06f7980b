import { describe, expect, it } from "vitest";
import { sniffFileType, zipEntryNames } from "./sniff";
import {
  docxBytes,
  exeBytes,
  htmlBytes,
  jpegBytes,
  pdfBytes,
  plainZipBytes,
  pngBytes,
  xlsxBytes,
  zipBytes,
} from "@/tests/support/attachment-files";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const text = (s: string) => new TextEncoder().encode(s);

describe("sniffFileType: decides by content only", () => {
  it.each([
    ["PDF", pdfBytes(), "application/pdf", "pdf"],
    ["PNG", pngBytes(), "image/png", "png"],
    ["JPEG", jpegBytes(), "image/jpeg", "jpg"],
    ["DOCX (stored)", docxBytes(), DOCX, "docx"],
    ["DOCX (deflated)", docxBytes({ deflate: true }), DOCX, "docx"],
    ["XLSX (stored)", xlsxBytes(), XLSX, "xlsx"],
    ["XLSX (deflated)", xlsxBytes({ deflate: true }), XLSX, "xlsx"],
  ])("accepts a real %s", async (_label, bytes, mime, ext) => {
    expect(await sniffFileType(bytes)).toEqual({ mime, ext });
  });

  it.each([
    ["an empty file", new Uint8Array(0)],
    ["a Windows executable", exeBytes()],
    ["an HTML page", htmlBytes()],
    ["a script", text("#!/usr/bin/env node\nrequire('child_process').exec('rm -rf /');\n")],
    ["JavaScript", text("alert(document.cookie)\n")],
    ["an SVG image", text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["a plain ZIP", plainZipBytes()],
    ["a GIF (an image, but not an allowed one)", text("GIF89a\x01\x00\x01\x00\x00\x00\x00;")],
    ["random bytes", new Uint8Array(512).map((_, i) => (i * 7919) % 251)],
    [
      "a macro-enabled Word document",
      docxBytes({ mainType: "application/vnd.ms-word.document.macroEnabled.main+xml" }),
    ],
    [
      "a ZIP that claims to be DOCX but has no document part",
      zipBytes([
        {
          name: "[Content_Types].xml",
          data: '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        },
        { name: "payload.exe", data: exeBytes() },
      ]),
    ],
    ["a truncated PNG signature", pngBytes().subarray(0, 4)],
  ])("refuses %s", async (_label, bytes) => {
    expect(await sniffFileType(bytes)).toBeNull();
  });

  it("ignores what the file claims to be: PDF bytes are a PDF whatever the name", async () => {
    // sniffFileType takes no name at all; this documents that a renamed file keeps its real type.
    const exe = await sniffFileType(exeBytes());
    const pdf = await sniffFileType(pdfBytes());
    expect(exe).toBeNull();
    expect(pdf?.mime).toBe("application/pdf");
  });
});

describe("zipEntryNames", () => {
  it("lists the central directory", () => {
    expect(zipEntryNames(docxBytes())).toEqual(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
  });

  it("gives null for something that is not a well-formed ZIP", () => {
    expect(zipEntryNames(pdfBytes())).toBeNull();
    expect(zipEntryNames(docxBytes().subarray(0, 60))).toBeNull();
    expect(zipEntryNames(new Uint8Array(0))).toBeNull();
  });
});
