import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { OPERATOR_KEYS, type OperatorKey } from "./operators";
import type { PersistentState } from "./state-types";

// The `stateFile` format (SimulatorOptions.stateFile): the business state as JSON, checked on load
// so that a hand-edited or foreign file fails at start with a clear message.

const operatorKey = z.enum(OPERATOR_KEYS as [OperatorKey, ...OperatorKey[]]);
const stateFileSchema = z.object({
  version: z.literal(1),
  nextId: z.number().int(),
  balances: z.partialRecord(operatorKey, z.number().int()),
  wallets: z.array(z.object({ phone: z.string(), firstname: z.string(), lastname: z.string() })),
  transactions: z.array(
    z.object({
      token: z.string(),
      kind: z.enum(["payin_hosted", "payin_direct", "payout_client", "payout_merchant"]),
      status: z.enum(["pending", "completed", "notcompleted"]),
      requestId: z.string(),
      amount: z.number().int(),
      description: z.string(),
      createdAt: z.string(),
      settledAt: z.string().nullable(),
      customData: z.array(
        z.object({
          keyof_customdata: z.string(),
          valueof_customdata: z.string(),
          datecreation_customdata: z.string(),
        }),
      ),
      transactionId: z.string(),
      externalId: z.string(),
      callbackUrl: z.string(),
      returnUrl: z.string(),
      cancelUrl: z.string(),
      requestedCustomer: z.string(),
      payer: z.string().nullable(),
      operator: operatorKey.nullable(),
      operatorReference: z.string(),
      customerDetails: z.object({ firstname: z.string(), lastname: z.string(), email: z.string() }),
      store: z.object({ name: z.string(), websiteUrl: z.string() }).nullable(),
      items: z.array(
        z.object({
          name: z.string(),
          description: z.string(),
          quantity: z.number(),
          unit_price: z.number(),
          total_price: z.number(),
        }),
      ),
      topUpWallet: z.union([z.literal(0), z.literal(1)]).nullable(),
    }),
  ),
});

/** Writes the state (temp file + rename, so a crash never leaves half a file). */
export function writeStateFile(file: string, state: PersistentState) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state, null, 1));
  renameSync(temp, file);
}

export function readStateFile(file: string): PersistentState {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`LigdiCash simulator: cannot read state file ${file}: ${(error as Error).message}`);
  }
  const parsed = stateFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`LigdiCash simulator: state file ${file} is not valid: ${parsed.error.message}`);
  }
  return parsed.data;
}
