import type { IncomingMessage, ServerResponse } from "node:http";
import {
  renderCheckout,
  renderFinal,
  renderNotFound,
  renderPushApproval,
  safeLink,
  type CheckoutForm,
} from "./checkout-page";
import type { SimContext } from "./context";
import { OTP_EXPIRED, OTP_WRONG } from "./endpoints/create-payin";
import { formatXof } from "./format";
import { readBody, redirect, sendHtml } from "./http";
import {
  OPERATORS,
  SUPPORTED_OPERATOR_KEYS,
  formatPhone,
  normalizeCustomerPhone,
  operatorOfPhone,
  type Operator,
  type OperatorKey,
} from "./operators";
import { payinMinimum } from "./settings";
import { SimulatorError, settleTransaction } from "./settlement";
import type { Transaction } from "./state";

// The checkout page's routes: GET /pay/invoice/<token> and the POSTs of its forms.
//   POST …/orange        phone + OTP → completed, 303 to return_url
//   POST …/moov          phone → "approve on your phone" page
//   POST …/moov/confirm  decision=approve → completed, 303 to return_url; reject → form again
//   POST …/cancel        → notcompleted, 303 to cancel_url

const CHECKOUT_PATH = /^\/pay\/invoice\/([^/]+)(?:\/(orange|moov|moov\/confirm|cancel))?\/?$/;

export const isCheckoutPath = (pathname: string) => CHECKOUT_PATH.test(pathname);

/** Operators the page offers: all supported ones, or only the one of `invoice.customer` (docs/ligdicash-contract.md §4.1). */
function formFor(tx: Transaction): CheckoutForm {
  const fixed = tx.requestedCustomer ? operatorOfPhone(tx.requestedCustomer) : undefined;
  return fixed
    ? { operators: [fixed], fixedPhone: tx.requestedCustomer }
    : { operators: SUPPORTED_OPERATOR_KEYS.map((key) => OPERATORS[key]), fixedPhone: null };
}

function showForm(res: ServerResponse, tx: Transaction, key: OperatorKey, error: string, typed = "") {
  const form = formFor(tx);
  sendHtml(res, 422, renderCheckout(tx, { ...form, errors: { [key]: error }, values: { [key]: typed } }));
}

/** Checks the number typed for an operator; answers the French message to show when it is wrong. */
function checkPhone(
  sim: SimContext,
  tx: Transaction,
  operator: Operator,
  typed: string,
): { phone: string } | { error: string } {
  const phone = normalizeCustomerPhone(typed);
  if (!phone) return { error: "Numéro invalide : saisissez un numéro du Burkina Faso à 8 chiffres." };
  if (tx.requestedCustomer && phone !== tx.requestedCustomer) {
    return { error: `Cette facture doit être payée avec le numéro ${formatPhone(tx.requestedCustomer)}.` };
  }
  if (operatorOfPhone(phone)?.key !== operator.key)
    return { error: `Ce numéro n'est pas un numéro ${operator.label}.` };
  const minimum = payinMinimum(sim.settings.limits, operator.key);
  if (tx.amount < minimum)
    return { error: `Montant minimum pour ${operator.label} : ${formatXof(minimum)}.` };
  return { phone };
}

/** Marks the invoice paid/cancelled and sends the browser back to the merchant. */
function finish(
  sim: SimContext,
  res: ServerResponse,
  tx: Transaction,
  settle: Parameters<typeof settleTransaction>[2],
) {
  try {
    settleTransaction(sim, tx, settle);
  } catch (error) {
    if (!(error instanceof SimulatorError)) throw error;
    return sendHtml(res, 409, renderFinal(tx));
  }
  const target = safeLink(tx.status === "completed" ? tx.returnUrl : tx.cancelUrl);
  redirect(res, target ?? `/pay/invoice/${encodeURIComponent(tx.token)}`);
}

export async function handleCheckout(sim: SimContext, req: IncomingMessage, res: ServerResponse, url: URL) {
  const match = CHECKOUT_PATH.exec(url.pathname);
  const tx = match?.[1] ? sim.store.get(decodeURIComponent(match[1])) : undefined;
  if (!match || !tx || tx.kind !== "payin_hosted") return sendHtml(res, 404, renderNotFound());
  const action = match[2];

  if (req.method === "GET" && !action) {
    if (tx.status !== "pending") return sendHtml(res, 200, renderFinal(tx));
    return sendHtml(res, 200, renderCheckout(tx, formFor(tx)));
  }
  if (req.method !== "POST" || !action) return sendHtml(res, 405, renderNotFound());
  const form = new URLSearchParams(await readBody(req));
  if (tx.status !== "pending") return sendHtml(res, 409, renderFinal(tx));

  if (action === "cancel") return finish(sim, res, tx, { status: "notcompleted" });

  if (action === "orange") {
    const operator = OPERATORS.orange_bf;
    const typed = form.get("phone") ?? "";
    const checked = checkPhone(sim, tx, operator, typed);
    if ("error" in checked) return showForm(res, tx, operator.key, checked.error, typed);
    // Same magic OTP values as the direct payin (E2): 000000 wrong, 999999 expired.
    const otp = (form.get("otp") ?? "").trim();
    if (otp === OTP_EXPIRED) {
      return showForm(
        res,
        tx,
        operator.key,
        "Ce code a expiré. Composez à nouveau *144*4*6# pour en obtenir un nouveau.",
        typed,
      );
    }
    if (!/^\d{6}$/.test(otp) || otp === OTP_WRONG) {
      return showForm(
        res,
        tx,
        operator.key,
        "Code OTP incorrect. Vérifiez le code obtenu avec *144*4*6#.",
        typed,
      );
    }
    return finish(sim, res, tx, { status: "completed", operator: operator.key, phone: checked.phone });
  }

  const operator = OPERATORS.moov_bf;
  const typed = form.get("phone") ?? "";
  const checked = checkPhone(sim, tx, operator, typed);
  if ("error" in checked) return showForm(res, tx, operator.key, checked.error, typed);
  if (action === "moov") return sendHtml(res, 200, renderPushApproval(tx, operator, checked.phone));
  if (form.get("decision") !== "approve") {
    // A refused push leaves the invoice pending: the customer may retry or pick another operator.
    return showForm(
      res,
      tx,
      operator.key,
      "Paiement refusé sur le téléphone. Réessayez ou choisissez un autre moyen.",
      typed,
    );
  }
  return finish(sim, res, tx, { status: "completed", operator: operator.key, phone: checked.phone });
}
