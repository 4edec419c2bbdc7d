import { z } from "zod";
import { OPERATOR_KEYS, isBurkinaPhone, type OperatorKey } from "./operators";
import { ENDPOINT_IDS, type EndpointId } from "./responses";
import { SimulatorError } from "./settlement";

// Inputs of the simulator-only controls, validated the same way whether they come over HTTP
// (/_sim/…) or from `controls` in a test.

const operatorKey = z.enum(OPERATOR_KEYS as [OperatorKey, ...OperatorKey[]]);
const endpointId = z.enum(ENDPOINT_IDS as [EndpointId, ...EndpointId[]]);
const finalStatus = z.enum(["completed", "notcompleted"]);
const txKind = z.enum(["payin_hosted", "payin_direct", "payout_client", "payout_merchant"]);
const phone = z.string().refine(isBurkinaPhone, "expected 226 + 8 digits");
const nonNegativeInt = z.number().int().nonnegative();

/** A transaction is named by its creation token or by our `custom_data.transaction_id`. */
const txRef = {
  token: z.string().min(1).optional(),
  transactionId: z.string().min(1).optional(),
};
const requireRef = (value: { token?: string; transactionId?: string }) =>
  !!(value.token ?? value.transactionId);
const refMessage = "give token or transactionId";

export const settleSchema = z
  .object({ ...txRef, status: finalStatus, operator: operatorKey.optional(), phone: phone.optional() })
  .refine(requireRef, refMessage);

export const statusAnswerSchema = z
  .object({
    ...txRef,
    status: z.string().trim().min(1).nullable().optional(),
    minimal: z.boolean().optional(),
  })
  .refine(requireRef, refMessage);

export const sendCallbackSchema = z
  .object({ ...txRef, status: z.enum(["pending", "completed", "notcompleted"]).optional() })
  .refine(requireRef, refMessage);

export const callbackBehaviourSchema = z.union([
  z.object({
    mode: z.enum(["normal", "reversed", "duplicated", "late", "never", "forged"]),
    copies: z.number().int().min(1).max(20).optional(),
    delayMs: nonNegativeInt.optional(),
    status: finalStatus.optional(),
  }),
  z
    .object({
      order: z.enum(["json-first", "form-first"]),
      copies: z.number().int().min(1).max(20),
      delayMs: nonNegativeInt,
      deliver: z.boolean(),
      forgeOnCreate: finalStatus.nullable(),
      payinToken: z.enum(["empty", "jwt"]),
    })
    .partial()
    .strict(),
]);

export const faultSchema = z
  .object({
    kind: z.enum(["delay", "status", "garbage", "hang"]),
    endpoints: z.array(endpointId).optional(),
    count: z.number().int().positive().optional(),
    delayMs: nonNegativeInt.optional(),
    // 4xx too: a status path that is gone answers 404/405 (docs/ligdicash-contract.md §4.8, E9 absent from the new docs).
    status: z.number().int().min(400).max(599).optional(),
    body: z.string().optional(),
    processed: z.boolean().optional(),
  })
  .strict();

export const balanceSchema = z.object({ operator: operatorKey, amount: z.number().int().nullable() });

export const walletSchema = z.object({
  phone,
  firstname: z.string().default("Client"),
  lastname: z.string().default("Simulé"),
});

export const merchantSchema = z
  .object({
    keysValid: z.boolean(),
    payinEnabled: z.boolean(),
    payoutEnabled: z.boolean(),
    ipAllowed: z.boolean(),
    merchantPayoutIpDeniedCode: z.enum(["14", "06"]),
  })
  .partial()
  .strict();

export const limitsSchema = z
  .object({
    payinMin: nonNegativeInt,
    payinMax: nonNegativeInt,
    payoutMin: nonNegativeInt,
    payoutMax: nonNegativeInt,
    operatorPayinMin: z.partialRecord(operatorKey, nonNegativeInt),
  })
  .partial()
  .strict();

export const autoSettleSchema = z
  .object({ enabled: z.boolean(), status: finalStatus, delayMs: nonNegativeInt, kinds: z.array(txKind) })
  .partial()
  .strict();

export const transactionFilterSchema = z
  .object({
    status: z.enum(["pending", "completed", "notcompleted"]).optional(),
    kind: txKind.optional(),
    transactionId: z.string().optional(),
  })
  .optional();

/** Parses a control input or throws a 422 SimulatorError listing the problems. */
export function parseControl<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.map(
    (issue) => `${issue.path.join(".") || "(input)"}: ${issue.message}`,
  );
  throw new SimulatorError("invalid", `invalid control input — ${details.join("; ")}`, 422);
}
