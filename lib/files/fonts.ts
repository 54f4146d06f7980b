// The fonts of the official documents: Noto Sans (Latin with its extensions, Vietnamese, Greek, Cyrillic) and
// Noto Sans Arabic, vendored under assets/fonts with their licence (SIL OFL 1.1). The standard PDF fonts cover
// Windows-1252 only, which loses names such as "Ṣāliḥ" or "محمد".
import { readFileSync } from "node:fs";
import path from "node:path";

const FONT_FILES = {
  Sans: "NotoSans-Regular.ttf",
  "Sans-Bold": "NotoSans-Bold.ttf",
  Arabic: "NotoSansArabic-Regular.ttf",
  "Arabic-Bold": "NotoSansArabic-Bold.ttf",
} as const;

export type FontName = keyof typeof FONT_FILES;

let cache: Record<FontName, Buffer> | null = null;

/** The font files, read once per process. */
export function fontBytes(): Record<FontName, Buffer> {
  if (!cache) {
    const dir = path.join(process.cwd(), "assets", "fonts");
    cache = Object.fromEntries(
      Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(path.join(dir, file))]),
    ) as Record<FontName, Buffer>;
  }
  return cache;
}
