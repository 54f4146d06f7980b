import { ActionError } from "@/lib/action-types";

/** Segments that would reach Object.prototype through an ordinary object, and the form never sends. */
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
/** A form's lists are short (categories, criteria, tie-breakers); a larger index is not a row of it. */
export const MAX_INDEX = 999;
const MAX_DEPTH = 8;
const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

export const INVALID_FIELD_NAME = "validation.invalidFieldName";

type Node = Record<string, unknown> | unknown[];

/**
 * Turns a form's flat field names ("categories.0.code", "stageWeights.DESK.weight") into the
 * nested object a zod schema expects. Numeric segments become array indexes; gaps are dropped.
 * Field names come from whoever posts the form, so a name with a segment that is not a plain word
 * (`__proto__`, `constructor`, `prototype`, an index beyond MAX_INDEX, a name used both as a value
 * and as a parent) is refused as a whole with an ActionError, and every node is built without a
 * prototype, so no name can reach Object.prototype.
 */
export function unflatten(flat: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split(".");
    if (keys.length > MAX_DEPTH || !keys.every(isSafeSegment)) throw new ActionError(INVALID_FIELD_NAME);
    let node: Node = root;
    keys.forEach((key, i) => {
      const container = node as Record<string, unknown>;
      if (i === keys.length - 1) {
        if (Object.hasOwn(container, key)) throw new ActionError(INVALID_FIELD_NAME);
        container[key] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(keys[i + 1]!);
      if (!Object.hasOwn(container, key))
        container[key] = nextIsIndex ? [] : (Object.create(null) as Record<string, unknown>);
      const child = container[key];
      if (child === null || typeof child !== "object") throw new ActionError(INVALID_FIELD_NAME);
      node = child as Node;
    });
  }
  return compact(root) as Record<string, unknown>;
}

function isSafeSegment(key: string): boolean {
  if (FORBIDDEN.has(key) || !SEGMENT.test(key)) return false;
  return !/^\d+$/.test(key) || Number(key) <= MAX_INDEX;
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (value && typeof value === "object" && !(value instanceof Blob)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  }
  return value;
}
