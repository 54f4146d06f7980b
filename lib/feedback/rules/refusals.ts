// Why a rating, a moderation or a reply is refused (i18n keys), and the per-IP limits past which a rating is.
export const FEEDBACK_ERRORS = {
  notFound: "feedback.errors.notFound",
  rateLimited: "feedback.errors.rateLimited",
  notPending: "feedback.errors.notPending",
  noComment: "feedback.errors.noComment",
} as const;

/** 1 rating a day per IP for the same innovation, and 10 an hour per IP in all. */
export const LIMITS = { perIpInnovationDay: 1, perIpHour: 10 } as const;
