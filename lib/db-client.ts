import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client on the PostgreSQL driver adapter (no Rust engine, works offline).
 * Free of `server-only` so command-line scripts and tests can use it too. */
export function createDb(connectionString: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}
