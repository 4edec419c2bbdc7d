import "server-only";
import { buildCustomData, buildInvoiceBody } from "./build-bodies";
import type { ClientContext } from "./context";
import { createGatewayError } from "./errors";
import { mapPayinStatus, type PayinStatus } from "./map-status";
import { readCreation, readHttpUrl, readStatus } from "./read-answer";
import { requestLigdicash } from "./request";
import { retryOnTransportError } from "./retry";
import type { CreatedDirectPayin, CreatedHostedPayin, DirectPayinInput, HostedPayinInput } from "./types";
import {
  checkAmount,
  checkItems,
  checkOtp,
  checkPhone,
  checkText,
  checkToken,
  checkUrl,
} from "./validate-input";

/** E1 — the customer pays on LigdiCash's hosted page (docs/ligdicash-contract.md §4.1). Never retried. */
export async function createHostedPayin(
  ctx: ClientContext,
  input: HostedPayinInput,
): Promise<CreatedHostedPayin> {
  const endpoint = "hostedPayin";
  const transactionId = checkText(endpoint, input.transactionId, "transaction_id");
  const description = checkText(endpoint, input.description, "description");
  checkAmount(endpoint, input.amount, ctx.limits);
  const items = input.items ?? [];
  checkItems(endpoint, items, input.amount);
  // docs/ligdicash-contract.md §4.1: a number here narrows the payment page to its operator — sent only when the caller has
  // a confirmed number (checked like a direct payer's), "" otherwise so every operator is offered.
  const customer = input.customerPhone === undefined ? "" : checkPhone(endpoint, input.customerPhone).msisdn;
  const body = buildInvoiceBody({
    amount: input.amount,
    description,
    items,
    customer,
    payer: input.payer ?? {},
    otp: "",
    store: ctx.store,
    actions: {
      cancelUrl: checkUrl(endpoint, input.cancelUrl, "cancel_url"),
      returnUrl: checkUrl(endpoint, input.returnUrl, "return_url"),
      callbackUrl: checkUrl(endpoint, input.callbackUrl ?? ctx.callbackUrl, "callback_url"),
    },
    customData: buildCustomData(transactionId, input.customData),
  });
  const answer = await requestLigdicash(ctx.transport, endpoint, { body });
  const created = readCreation(endpoint, answer);
  // docs/ligdicash-contract.md §4.1: on success response_text is the payment page URL.
  const paymentUrl = readHttpUrl(created.response_text);
  if (!paymentUrl) {
    throw createGatewayError("invalid_response", {
      endpoint,
      outcomeUnknown: true,
      reason: "no_payment_url",
    });
  }
  return { token: created.token, paymentUrl, raw: answer };
}

/**
 * E2 — the customer pays from our form (docs/ligdicash-contract.md §4.2). Orange BF needs the OTP the customer gets by
 * dialling *144*4*6#; Moov BF pushes an approval to the phone (otp ""). Never retried.
 */
export async function createDirectPayin(
  ctx: ClientContext,
  input: DirectPayinInput,
): Promise<CreatedDirectPayin> {
  const endpoint = "directPayin";
  const transactionId = checkText(endpoint, input.transactionId, "transaction_id");
  const description = checkText(endpoint, input.description, "description");
  const { msisdn, operator } = checkPhone(endpoint, input.phone);
  checkAmount(endpoint, input.amount, ctx.limits, operator);
  const items = input.items ?? [];
  checkItems(endpoint, items, input.amount);
  const otp = operator.validationMode === "ussd_otp" ? checkOtp(endpoint, input.otp) : "";
  const body = buildInvoiceBody({
    amount: input.amount,
    description,
    items,
    customer: msisdn,
    payer: input.payer ?? {},
    otp,
    store: ctx.store,
    // docs/ligdicash-contract.md §11 E2: the docs send empty cancel/return URLs; only the callback matters here.
    actions: {
      cancelUrl: "",
      returnUrl: "",
      callbackUrl: checkUrl(endpoint, input.callbackUrl ?? ctx.callbackUrl, "callback_url"),
    },
    customData: buildCustomData(transactionId, input.customData),
  });
  const answer = await requestLigdicash(ctx.transport, endpoint, { body });
  const created = readCreation(endpoint, answer);
  return {
    token: created.token,
    message: created.response_text,
    redirectUrl: readHttpUrl(created.response_text),
    msisdn,
    operator: operator.code,
    raw: answer,
  };
}

/** E5 — status of a hosted or direct payin, by the token returned at creation (docs/ligdicash-contract.md §4.5). */
export async function getPayinStatus(ctx: ClientContext, token: string): Promise<PayinStatus> {
  const endpoint = "payinStatus";
  const checked = checkToken(endpoint, token);
  return retryOnTransportError(
    async () =>
      readStatus(
        endpoint,
        await requestLigdicash(ctx.transport, endpoint, { token: checked }),
        mapPayinStatus,
      ),
    ctx.retry,
    ctx.retryDeps,
  );
}
