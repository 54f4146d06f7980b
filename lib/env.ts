// The one place that reads process.env. Parsed once, on first use, with messages that say
// exactly which variable is wrong.
import { z } from "zod";

const boolean = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .transform((v) => v === "true" || v === "1");

// E-mail (lib/mail). Without SMTP_HOST nothing is sent: the worker keeps each mail in the outbox and prints it.
const mailSchema = z.object({
  APP_URL: z
    .url("APP_URL must be an absolute URL such as https://inovasi.example.go.id")
    .default("http://localhost:3000"),
  SMTP_HOST: z.string().trim().min(1).optional(),
  SMTP_PORT: z.coerce
    .number({ error: "SMTP_PORT must be a port number" })
    .int()
    .min(1, "SMTP_PORT must be a port number")
    .max(65535, "SMTP_PORT must be a port number")
    .default(587),
  // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it (587, 25).
  SMTP_SECURE: boolean.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(.+<[^<>\s]+@[^<>\s]+>|[^<>\s]+@[^<>\s]+)$/, 'MAIL_FROM must be an address or "Name <address>"')
    .default("Inovasi Daerah <inovasi@localhost>"),
  // off: this process never delivers mail (another one runs `npm run worker`).
  MAIL_WORKER: z.enum(["on", "off"], { error: "MAIL_WORKER must be on or off" }).default("on"),
  // How often an idle worker looks for new mail, and how long a job may run before it is retried.
  MAIL_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  MAIL_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).default(300),
  MAIL_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).default(120),
});

const schema = mailSchema.extend({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (npm run dev sets it for the embedded database)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  // How long a request waits for a pooled connection (or a new one) before it is answered 503 (lib/db/client.ts).
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  // The longest one statement may run on the server. It must outlast a FOR UPDATE wait for another request's locking
  // transaction, which Prisma ends after 60 s (lib/db/transactions.ts).
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(65_000),
  // The longest the portal waits for any answer on a connection, the guard against a network that drops packets
  // (where the server's own timeout never reaches us). Unset: the statement timeout plus 5 s.
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).optional(),
  // A session left idle inside a transaction (a request that died half-way) is ended by the server after this long.
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(65_000),
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET is not set (npm run dev creates one in .data/)" })
    .min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  LOGIN_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_LIMIT_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  // Reverse proxies in front of the portal that append to X-Forwarded-For (lib/http/client-ip.ts). 0, the default: none,
  // the caller is the TCP connection's address and X-Forwarded-For is the client's own word.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  UPLOAD_MAX_FILE_MB: z.coerce.number().positive().default(10),
  UPLOAD_MAX_TOTAL_MB: z.coerce.number().positive().default(50),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

export type MailEnv = z.infer<typeof mailSchema>;

let cachedMail: MailEnv | undefined;

/** The e-mail settings alone, so a script or test that sends mail needs no database or auth secret in its env. */
export function mailEnv(): MailEnv {
  if (cachedMail) return cachedMail;
  const parsed = mailSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cachedMail = parsed.data;
  return cachedMail;
}
