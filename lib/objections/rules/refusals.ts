/** Refusals the public form and the route handler map to messages (and HTTP statuses). */
export const OBJECTION_ERRORS = {
  notFound: "objections.errors.notFound",
  notShortlisted: "objections.errors.notShortlisted",
  windowClosed: "objections.errors.windowClosed",
  windowNotScheduled: "objections.errors.windowNotScheduled",
  published: "objections.errors.published",
  rateLimited: "objections.errors.rateLimited",
  documentEmpty: "objections.errors.documentEmpty",
  documentTooLarge: "objections.errors.documentTooLarge",
  documentType: "objections.errors.documentType",
  alreadyDecided: "objections.errors.alreadyDecided",
} as const;
