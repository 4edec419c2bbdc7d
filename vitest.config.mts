import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: `unit` runs pure logic with no services; `integration` talks to a real
// PostgreSQL (TEST_DATABASE_URL) and runs its files one at a time, since they share a server.
const alias = {
  "@": import.meta.dirname,
  "server-only": path.resolve(import.meta.dirname, "test/support/server-only-stub.ts"),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,simulator,scripts,components,app,test}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{lib,simulator,scripts,prisma,app,test}/**/*.int.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
