import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: a reference read aloud over the phone or copied by hand stays unambiguous.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const REFERENCE_PATTERN = /^SGH-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

/** A public objection reference such as "SGH-7K2M9Q" (31^6 ≈ 887 million codes; uniqueness is the database's). */
export function newReference(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `SGH-${code}`;
}
