/** Error codes the filing route puts in the URL when it answers a plain (no JavaScript) form post. */
export const NO_JS_CODES = [
  "invalid",
  "windowClosed",
  "published",
  "notShortlisted",
  "rateLimited",
  "document",
  "unexpected",
] as const;
export type NoJsCode = (typeof NO_JS_CODES)[number];
