import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { LigdicashError } from "@/lib/ligdicash/ligdicash-error";

export type ExchangeLink = { invoiceId?: string; payoutId?: string };

/**
 * Runs one LigdiCash call and keeps what was asked and what came back (or the error code), for
 * the transaction's story. Recording never hides the call's own result or error.
 */
export async function withExchange<T extends { raw: unknown }>(
  db: PrismaClient,
  operation: string,
  request: Prisma.InputJsonValue,
  link: ExchangeLink,
  call: () => Promise<T>,
): Promise<T> {
  const startedAt = new Date();
  const record = (response: Prisma.InputJsonValue | undefined, errorCode: string | null) =>
    db.gatewayExchange
      .create({ data: { operation, request, response, errorCode, startedAt, durationMs: Date.now() - startedAt.getTime(), ...link } })
      .catch((error: unknown) => console.error("[caisse] could not record a LigdiCash exchange", error));
  try {
    const result = await call();
    await record(result.raw as Prisma.InputJsonValue, null);
    return result;
  } catch (error) {
    await record(undefined, error instanceof LigdicashError ? error.code : "unexpected");
    throw error;
  }
}
