import { afterAll, beforeAll } from "vitest";
import { createDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "./database";

/** Gives a test file its own migrated database and a client on it, dropped afterwards. */
export function withTestDb(poolSize = 20): { db: () => PrismaClient; url: () => string } {
  let database: TestDatabase | undefined;
  let client: PrismaClient | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = createDb(database.url, poolSize);
  });
  afterAll(async () => {
    await client?.$disconnect();
    await database?.drop();
  });
  return {
    db: () =>
      client ??
      (() => {
        throw new Error("test database not ready");
      })(),
    url: () => database?.url ?? "",
  };
}
