import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
// The integration run's global setup seeds the demo, which publishes a result through the server's own code: there
// `server-only` resolves as on the server (the package's empty module), as tests/setup-unit.ts mocks it in files.
const serverAlias = {
  ...alias,
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["lib/generated/**"],
          environment: "node",
          setupFiles: ["tests/setup-unit.ts"],
        },
      },
      {
        resolve: { alias: serverAlias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Route handlers are called directly, with no socket: the tests speak as one reverse proxy would, in
          // X-Forwarded-For (lib/client-ip.ts).
          env: { TRUSTED_PROXY_HOPS: "1" },
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/setup-unit.ts", "tests/integration/leave-as-found.ts"],
          // One real database for the run: files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
