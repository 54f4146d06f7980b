import bcrypt from "bcryptjs";

// bcrypt cost 12 ≈ 250 ms on this hardware: slow for an attacker, fine for a login.
const COST = 12;

export function hashPassword(plain: string, cost = COST): Promise<string> {
  return bcrypt.hash(plain, cost);
}

export function verifyPassword(plain: string, hash: string | null | undefined): Promise<boolean> {
  // Compare against a fixed dummy hash when there is no account, so timing does not reveal it.
  return bcrypt.compare(plain, hash ?? DUMMY_HASH);
}

const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKxGhu4Q7lH2rOJGWoD4w7b6Zr1Ff3nzv1hGK";
