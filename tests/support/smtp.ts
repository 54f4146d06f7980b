// A real SMTP server in the test process (smtp-server), that keeps every mail it accepts, parsed. It can stop and
// start again on the same port (a mail server that is down for a while) and stall on DATA (a server that hangs).
// The integration tests deliver to it directly; the end-to-end go-live story points a portal server at it.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Received = { to: string[]; parsed: ParsedMail; raw: string };

export class TestSmtp {
  received: Received[] = [];
  /** DATA commands that began, accepted or not. */
  dataStarted = 0;
  stall = false;
  port = 0;
  private server: SMTPServer | null = null;

  async start(port = this.port): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      closeTimeout: 500,
      onData: (stream, session, callback) => {
        this.dataStarted++;
        // Decided when DATA begins: a stalled transfer stays unanswered even if the stall is lifted meanwhile.
        const stalled = this.stall;
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          if (stalled) return; // never answers: the client waits
          const raw = Buffer.concat(chunks).toString("utf8");
          void simpleParser(raw).then((parsed) => {
            this.received.push({ to: session.envelope.rcptTo.map((r) => r.address), parsed, raw });
            callback();
          }, callback);
        });
      },
    });
    server.on("error", () => {});
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): Received[] {
    return this.received.filter((r) => r.to.includes(address));
  }
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T | false | null | undefined> | T | false | null | undefined,
  timeoutMs = 30_000,
  what = "condition",
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false && v !== null) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The portal link a mail's text carries. */
export function linkIn(text: string | undefined, appUrl: string): string {
  const m = new RegExp(`${appUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/setel-sandi/[A-Za-z0-9_-]+`).exec(
    text ?? "",
  );
  if (!m) throw new Error(`no link in: ${text}`);
  return m[0];
}
