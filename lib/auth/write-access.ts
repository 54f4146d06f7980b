/** The message a read-only account gets for any change (messages/*.json). */
export const OPD_INACTIVE = "errors.opdInactive";

/**
 * The one rule for write access beyond roles: the accounts of a deactivated OPD keep reading (their innovations,
 * notifications) but change nothing, from their next request on. Used by the action wrapper (lib/action.ts) and
 * every route handler that writes.
 */
export function canWrite(user: { opdActive?: boolean }): boolean {
  // Only a session says an OPD is inactive; an actor built by a script carries no flag.
  return user.opdActive !== false;
}
