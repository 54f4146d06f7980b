// What an autosave sends besides its patch, validated on the server: the base values its edit
// started from and earlier sends whose answer was lost (see merge.ts). Only compared, never stored,
// so any JSON value of a form field is accepted, within bounds.
import { z } from "zod";

const MAX_FIELDS = 100;
export const MAX_UNCONFIRMED = 5;

// Generous bounds: an earlier send may hold a value the patch schema refused (too long), and
// refusing it here would block every later save.
const scalar = z.union([z.string().max(100_000, "validation.tooLong"), z.number(), z.boolean(), z.null()]);
const fieldValue = z.union([scalar, z.array(z.union([z.string().max(10_000), z.number()])).max(100)]);

export const flatValuesSchema = z
  .record(z.string().max(80), fieldValue)
  .refine((v) => Object.keys(v).length <= MAX_FIELDS, "validation.tooLong");

export const unconfirmedSchema = z.array(flatValuesSchema).max(MAX_UNCONFIRMED, "validation.tooLong");
