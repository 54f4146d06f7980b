import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { scoreFormatter } from "@/lib/i18n/score";
import type { RankingExport } from "@/lib/scoring/io/schema";
import { noteMessage, tieBreakMessage, type EngineNote } from "@/lib/scoring/notes";

/**
 * What the admin ranking pages need to put the engine's output into words: notes and tie-breaks translated with
 * entry titles, stage and category names; scores in the reader's locale.
 */
export async function engineText(file: RankingExport) {
  const [t, tc, locale] = await Promise.all([
    getTranslations("ranking"),
    getTranslations("competitions"),
    getLocale(),
  ]);
  const titles = new Map(file.entries.map((e) => [e.id, e.title]));
  const categories = new Map(file.categories.map((c) => [c.code, c.name || c.code]));
  const stage = (s: string) => (tc.has(`stages.${s}`) ? tc(`stages.${s}`) : s);
  const look = {
    entry: (id: string) => `“${titles.get(id) ?? id}”`,
    stage,
    category: (code: string) => categories.get(code) ?? code,
    kind: (k: string) => (t.has(`overrideKinds.${k}`) ? t(`overrideKinds.${k}`) : k),
  };
  return {
    stage,
    category: look.category,
    score: scoreFormatter(locale),
    note(n: EngineNote) {
      const m = noteMessage(n, look);
      return t(m.key as never, m.params as never);
    },
    tieBreak(label: string) {
      const m = tieBreakMessage(label, look);
      return m ? t(m.key as never, m.params as never) : label;
    },
  };
}

export type EngineText = Awaited<ReturnType<typeof engineText>>;
