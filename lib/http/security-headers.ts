// The security headers of every answer (docs/decisions/009-security-headers.md). Pure and free of imports, so that
// next.config.ts (the cached catalogue's fixed policy) and proxy.ts (a nonce per page) build them alike.

/** The only hosts a page may frame: the privacy-friendly video players of lib/catalog/rules/video.ts. */
const FRAME_HOSTS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"] as const;

type PolicyOptions = {
  /** A fresh nonce for a page rendered per request; without one, inline scripts are allowed (cached pages). */
  nonce?: string;
  /** `next dev`: React rebuilds server error stacks with eval. */
  development?: boolean;
  /** Served over https: subresources too. */
  https?: boolean;
};

export function contentSecurityPolicy({
  nonce,
  development = false,
  https = false,
}: PolicyOptions = {}): string {
  const eval_ = development ? " 'unsafe-eval'" : "";
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${eval_}`,
    // Style attributes (charts, SDG colours) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `frame-src ${FRAME_HOSTS.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Powerful features no page of the portal uses, denied to the page and anything it frames. */
export const PERMISSIONS_POLICY = [
  "accelerometer",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "payment",
  "usb",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** A year, with subdomains: sent only when the portal's own address is https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** A nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * A server-action POST whose Origin is another site. Next.js refuses it too, but by throwing, which answers 500;
 * the host compared is the one Next.js compares (X-Forwarded-Host, else Host).
 */
export function isCrossOriginAction(method: string, headers: Headers): boolean {
  if (method !== "POST" || !headers.has("next-action")) return false;
  const origin = headers.get("origin");
  if (!origin) return false;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]?.trim();
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
