import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A unique constraint refused the write — someone else got there first. The ORM's own queries
 * report it as P2002; raw SQL through the PostgreSQL driver adapter reports P2010 carrying
 * PostgreSQL's code 23505. Callers turn it into "already done" rather than a 500.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: string } } | undefined)?.cause;
  return error.code === "P2010" && cause?.originalCode === "23505";
}
