import "server-only";
import { buildCustomData, buildPayoutBody } from "./build-bodies";
import type { ClientContext } from "./context";
import type { EndpointKey } from "./endpoints";
import {
  GatewayHttpError,
  GatewayInvalidResponseError,
  InvoiceNotFoundError,
  createGatewayError,
} from "./errors";
import { mapPayoutStatus } from "./map-status";
import { readCreation, readStatus } from "./read-answer";
import { requestLigdicash } from "./request";
import { retryOnTransportError } from "./retry";
import type { ClientPayoutInput, CreatedPayout, MerchantPayoutInput, PayoutStatusResult } from "./types";
import { checkAmount, checkPhone, checkText, checkToken, checkUrl } from "./validate-input";

/**
 * Payouts move the merchant's money. Never retried here: a lost answer surfaces as an error with
 * `outcomeUnknown: true`, and the payout code resolves it by asking LigdiCash, never by resending.
 */

function preparePayout(ctx: ClientContext, endpoint: EndpointKey, input: MerchantPayoutInput) {
  const transactionId = checkText(endpoint, input.transactionId, "transaction_id");
  const description = checkText(endpoint, input.description, "description");
  const { msisdn, operator } = checkPhone(endpoint, input.phone);
  // No per-operator payout minimum is documented (docs/ligdicash-contract.md §9): only the configured limits apply.
  checkAmount(endpoint, input.amount, ctx.limits);
  const callbackUrl = checkUrl(endpoint, input.callbackUrl ?? ctx.callbackUrl, "callback_url");
  const customData = buildCustomData(transactionId, input.customData);
  return { msisdn, operator, parts: { amount: input.amount, description, msisdn, callbackUrl, customData } };
}

/**
 * E6 — to the recipient's LigdiCash wallet (docs/ligdicash-contract.md §4.6). `top_up_wallet`: 1 = funds stay in the wallet,
 * 0 = LigdiCash forwards them to mobile money — new docs and the PY/PHP/DART SDKs; the old docs
 * say the reverse and the JS SDK sends `to_ligdicash` instead (both treated as wrong).
 */
export async function createClientPayout(
  ctx: ClientContext,
  input: ClientPayoutInput,
): Promise<CreatedPayout> {
  const endpoint = "clientPayout";
  const prepared = preparePayout(ctx, endpoint, input);
  if (input.destination !== "wallet" && input.destination !== "mobile_money") {
    throw createGatewayError("data_input_error", {
      endpoint,
      outcomeUnknown: false,
      reason: "invalid_destination",
    });
  }
  const topUpWallet = input.destination === "wallet" ? 1 : 0;
  const body = buildPayoutBody({ ...prepared.parts, topUpWallet });
  const answer = await requestLigdicash(ctx.transport, endpoint, { body });
  const { token } = readCreation(endpoint, answer);
  return { token, msisdn: prepared.msisdn, operator: prepared.operator.code, raw: answer };
}

/** E7 — straight to a mobile money number, from the merchant sub-account of its operator (docs/ligdicash-contract.md §4.7). */
export async function createMerchantPayout(
  ctx: ClientContext,
  input: MerchantPayoutInput,
): Promise<CreatedPayout> {
  const endpoint = "merchantPayout";
  const prepared = preparePayout(ctx, endpoint, input);
  const body = buildPayoutBody(prepared.parts);
  const answer = await requestLigdicash(ctx.transport, endpoint, { body });
  const { token } = readCreation(endpoint, answer);
  return { token, msisdn: prepared.msisdn, operator: prepared.operator.code, raw: answer };
}

async function fetchPayoutStatus(
  ctx: ClientContext,
  endpoint: EndpointKey,
  token: string,
  giveUpOn?: (error: unknown) => boolean,
): Promise<PayoutStatusResult> {
  const checked = checkToken(endpoint, token);
  const status = await retryOnTransportError(
    async () =>
      readStatus(
        endpoint,
        await requestLigdicash(ctx.transport, endpoint, { token: checked }),
        mapPayoutStatus,
      ),
    ctx.retry,
    ctx.retryDeps,
    giveUpOn,
  );
  return { ...status, source: endpoint };
}

/** E8 — status of a client (wallet) payout. */
export function getClientPayoutStatus(ctx: ClientContext, token: string): Promise<PayoutStatusResult> {
  return fetchPayoutStatus(ctx, "clientPayoutStatus", token);
}

/**
 * Merchant payout status. Conflict docs/ligdicash-contract.md §3/§4.8: all four SDKs call E9 `straight/payout/confirm`;
 * the new docs say both payout kinds use E8 `withdrawal/confirm`. We ask E9 first (the endpoint
 * the SDKs actually exercise for this token) and fall back to E8 when E9 does not know the token
 * (Code02) or does not answer as a LigdiCash endpoint (see isNotLigdicashEndpoint). Any other E9
 * error is final.
 */
export async function getMerchantPayoutStatus(
  ctx: ClientContext,
  token: string,
): Promise<PayoutStatusResult> {
  try {
    return await fetchPayoutStatus(ctx, "merchantPayoutStatus", token, isNotLigdicashEndpoint);
  } catch (error) {
    if (!(error instanceof InvoiceNotFoundError) && !isNotLigdicashEndpoint(error)) throw error;
    return fetchPayoutStatus(ctx, "clientPayoutStatus", token);
  }
}

/**
 * E9 is absent from the new docs: where it is gone, the path may answer 404/405, an empty 200 or
 * a web page, or JSON without LigdiCash's envelope. None of that says anything about the payout,
 * and asking E9 again would answer the same, so E8 is asked at once (it has its own retries, so a
 * LigdiCash-wide outage still ends as E8's error). A `"00"` without a status is LigdiCash JSON:
 * not a missing endpoint, no fallback.
 */
function isNotLigdicashEndpoint(error: unknown): boolean {
  if (error instanceof GatewayHttpError) return error.httpStatus === 404 || error.httpStatus === 405;
  return (
    error instanceof GatewayInvalidResponseError &&
    (error.reason === "not_json" || error.reason === "no_envelope")
  );
}
