import { describe, expect, it } from "vitest";
import { precheck } from "./precheck";
import { docxBytes, exeBytes, pdfBytes, pngBytes } from "@/tests/support/attachment-files";
import { limitsFromMb } from "./limits";

const limits = limitsFromMb(1, 2);
const head = (b: Uint8Array) => b.subarray(0, 8);

describe("precheck (browser-side fast feedback)", () => {
  it("lets a real file of an allowed type through", () => {
    expect(precheck({ name: "sk.pdf", size: 100 }, head(pdfBytes()), 0, limits)).toBeNull();
    expect(precheck({ name: "foto.PNG", size: 100 }, head(pngBytes()), 0, limits)).toBeNull();
    expect(precheck({ name: "sop.docx", size: 100 }, head(docxBytes()), 0, limits)).toBeNull();
  });

  it("refuses empty, too large, over the total, a wrong extension or bytes that do not fit it", () => {
    expect(precheck({ name: "sk.pdf", size: 0 }, new Uint8Array(0), 0, limits)).toBe("errors.empty");
    expect(precheck({ name: "sk.pdf", size: 1024 * 1024 + 1 }, head(pdfBytes()), 0, limits)).toBe(
      "errors.tooLarge",
    );
    expect(precheck({ name: "sk.pdf", size: 1000 }, head(pdfBytes()), 2 * 1024 * 1024 - 999, limits)).toBe(
      "errors.totalTooLarge",
    );
    expect(precheck({ name: "setup.exe", size: 100 }, head(exeBytes()), 0, limits)).toBe(
      "errors.typeNotAllowed",
    );
    expect(precheck({ name: "laporan.pdf", size: 100 }, head(exeBytes()), 0, limits)).toBe(
      "errors.typeNotAllowed",
    );
    expect(precheck({ name: "laporan", size: 100 }, head(pdfBytes()), 0, limits)).toBe(
      "errors.typeNotAllowed",
    );
  });
});
