// Numbers of the open-data API, shared by the handlers, the OpenAPI document and the /data page.
export const RATE_LIMIT = { limit: 120, windowMs: 60_000 } as const;
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
