import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { hotQuery } from "@/lib/db/client";
import { batcherFor } from "@/lib/db/batcher";
import { newId } from "@/lib/db/new-id";
import { LigdicashError } from "@/lib/ligdicash/ligdicash-error";

export type ExchangeLink = { invoiceId?: string; payoutId?: string };

type Exchange = {
  operation: string;
  request: unknown;
  response: unknown;
  errorCode: string | null;
  startedAt: Date;
  durationMs: number;
} & ExchangeLink;

/** Many exchanges in one INSERT: every verified callback records one, and they come in bursts. */
async function insertExchanges(db: PrismaClient, rows: Exchange[]): Promise<null[]> {
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  await hotQuery(
    db,
    Prisma.sql`
    INSERT INTO gateway_exchanges (id, operation, request, response, error_code, started_at, duration_ms, invoice_id, payout_id)
    SELECT * FROM unnest(${rows.map(() => newId())}::text[], ${rows.map((r) => r.operation)}::text[], ${rows.map((r) => json(r.request))}::jsonb[],
                         ${rows.map((r) => json(r.response))}::jsonb[], ${rows.map((r) => r.errorCode)}::text[],
                         ${rows.map((r) => r.startedAt.toISOString())}::timestamptz[], ${rows.map((r) => r.durationMs)}::int[],
                         ${rows.map((r) => r.invoiceId ?? null)}::text[], ${rows.map((r) => r.payoutId ?? null)}::text[])`,
  );
  return rows.map(() => null);
}

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
  const record = (response: unknown, errorCode: string | null) =>
    batcherFor(db, "gateway-exchanges", (rows: Exchange[]) => insertExchanges(db, rows), { maxBatch: 200 })
      .submit({
        operation,
        request,
        response,
        errorCode,
        startedAt,
        durationMs: Date.now() - startedAt.getTime(),
        ...link,
      })
      .catch((error: unknown) => console.error("[caisse] could not record a LigdiCash exchange", error));
  try {
    const result = await call();
    await record(result.raw, null);
    return result;
  } catch (error) {
    await record(undefined, error instanceof LigdicashError ? error.code : "unexpected");
    throw error;
  }
}
