import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

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
        resolve: { alias },
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
