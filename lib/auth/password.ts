import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";

// bcrypt cost 12 ≈ 250 ms on this hardware: slow for an attacker, fine for a login. Every stored hash (demo
// accounts included) and the dummy hash use it, so a login takes as long whether the account exists or not.
export const PASSWORD_COST = 12;

export function hashPassword(plain: string, cost = PASSWORD_COST): Promise<string> {
  return bcrypt.hash(plain, cost);
}

let dummy: Promise<string> | undefined;

/** A hash of a random secret at the cost real passwords get: compared against when there is no account. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString("hex"));
  return dummy;
}

export function hashCost(hash: string): number {
  return bcrypt.getRounds(hash);
}

export async function verifyPassword(plain: string, hash: string | null | undefined): Promise<boolean> {
  // Compare against the dummy hash when there is no account, so timing does not reveal it.
  const ok = await bcrypt.compare(plain, hash ?? (await dummyHash()));
  return ok && Boolean(hash);
}
