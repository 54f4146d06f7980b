// One place that knows where the form's strings live in messages/*/innovationForm.json.
type T = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

export function fieldLabel(t: T, name: string): string {
  const key = `innovationForm.fields.${name}.label`;
  return t.has(key) ? t(key) : name;
}

export function fieldHint(t: T, name: string): string | null {
  const key = `innovationForm.fields.${name}.hint`;
  return t.has(key) ? t(key) : null;
}

export function sectionTitle(t: T, key: string): string {
  const k = `innovationForm.sections.${key}.title`;
  return t.has(k) ? t(k) : key;
}

export function sectionGuidance(t: T, key: string): string | null {
  const k = `innovationForm.sections.${key}.guidance`;
  return t.has(k) ? t(k) : null;
}

export function enumLabel(t: T, field: string, value: string): string {
  const k = `innovationForm.enums.${field}.${value}`;
  return t.has(k) ? t(k) : value;
}
