/** The fields whose value differs, as a before and an after object for the audit line. */
export function fieldDiff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    const was = before[key];
    const now = after[key];
    const same = was instanceof Date && now instanceof Date ? was.getTime() === now.getTime() : was === now;
    if (!same) {
      b[key] = was;
      a[key] = now;
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}
