import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

// A second server of the same production build on an empty database of its own, without the demo region, as a real
// Pemda's first `npm start` (scripts/e2e-server.ts --empty): it prints a one-time link to the setup page. `env` adds
// to the server's environment (a mail server, an upload directory).

export type EmptyServer = {
  /** The server's address, also its APP_URL: every link it prints or mails starts with it. */
  base: string;
  /** The printed `/pasang?token=…` link. */
  link: string;
  /** Everything the server printed so far, on stdout and stderr (for failure messages). */
  output(): string;
  /** Stops the server, which drops its database. */
  stop(): Promise<void>;
};

export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startEmptyServer(env: Record<string, string> = {}): Promise<EmptyServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    process.execPath,
    [
      "node_modules/tsx/dist/cli.mjs",
      "--conditions=react-server",
      "scripts/e2e-server.ts",
      String(port),
      "--empty",
    ],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } },
  );
  let printed = "";
  let link = "";
  server.stdout!.on("data", (chunk: Buffer) => {
    printed += chunk.toString();
    link ||= /(http:\/\/\S+\/pasang\?token=\S+)/.exec(printed)?.[1] ?? "";
  });
  // Errors stay on the test's console, and in `output()` for a failure's message.
  server.stderr!.on("data", (chunk: Buffer) => {
    printed += chunk.toString();
    process.stderr.write(chunk);
  });
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  };
  // Migrating a fresh database and starting Next.js on a loaded machine: up to two minutes, polled.
  for (let i = 0; ; i++) {
    const ok = await fetch(`${base}/robots.txt`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && link) break;
    if (server.exitCode !== null || i > 480) {
      await stop();
      throw new Error(`the first-run server did not start:\n${printed}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, link, output: () => printed, stop };
}
