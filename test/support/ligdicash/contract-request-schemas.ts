import { z } from "zod";

/**
 * Request shapes written from the contract document (docs/ligdicash-contract.md §4.1, docs/ligdicash-contract.md §4.2, §4.6, §4.7,
 * docs/ligdicash-contract.md §11), NOT from the client code: strict objects, so a renamed, misplaced, extra or missing field
 * — or a number sent as a string — fails the contract test.
 */

const whole = z.number().int();
const msisdn = z.string().regex(/^226\d{8}$/, "226 + 8 digits, digits only (docs/ligdicash-contract.md §9)");
const httpUrl = z.string().regex(/^https?:\/\//, "absolute http(s) URL");
// docs/ligdicash-contract.md §4.1: custom_data is a JSON object whose values should be strings; transaction_id is ours (docs/ligdicash-contract.md §2.5).
const customData = z
  .record(z.string(), z.string())
  .refine((data) => !!data.transaction_id, "transaction_id in custom_data");

const item = z
  .strictObject({
    name: z.string().min(1),
    description: z.string(),
    quantity: whole.positive(),
    unit_price: whole.nonnegative(),
    total_price: whole.nonnegative(),
  })
  .refine(
    (entry) => entry.total_price === entry.unit_price * entry.quantity,
    "total_price = unit_price × quantity",
  );

const invoice = z.strictObject({
  items: z.array(item),
  total_amount: whole.positive(),
  devise: z.literal("XOF"),
  description: z.string().min(1),
  customer: z.string(),
  customer_firstname: z.string(),
  customer_lastname: z.string(),
  customer_email: z.string(),
  external_id: z.string(),
  otp: z.string(),
});

function invoiceRequest(options: { hosted: boolean }) {
  return z
    .strictObject({
      commande: z.strictObject({
        invoice: options.hosted
          ? // docs/ligdicash-contract.md §4.1: "" (every operator), or a confirmed number that narrows the page to its operator
            invoice.extend({ customer: z.union([z.literal(""), msisdn]), otp: z.literal("") })
          : invoice.extend({ customer: msisdn }), // docs/ligdicash-contract.md §4.2: the payer's number
        store: z.strictObject({ name: z.string().min(1), website_url: z.string() }),
        // Payins: callback under `actions` (docs/ligdicash-contract.md §7).
        actions: options.hosted
          ? z.strictObject({ cancel_url: httpUrl, return_url: httpUrl, callback_url: httpUrl })
          : z.strictObject({ cancel_url: z.literal(""), return_url: z.literal(""), callback_url: httpUrl }),
        custom_data: customData,
      }),
    })
    .refine(
      ({ commande: { invoice: body } }) =>
        body.items.length === 0 ||
        body.items.reduce((sum, entry) => sum + entry.total_price, 0) === body.total_amount,
      "Σ total_price = total_amount",
    );
}

/** E1 `redirect/checkout-invoice/create`. */
export const hostedPayinRequest = invoiceRequest({ hosted: true });
/** E2 `straight/checkout-invoice/create`. */
export const directPayinRequest = invoiceRequest({ hosted: false });

const payoutCommande = {
  amount: whole.positive(),
  description: z.string().min(1),
  customer: msisdn,
  // Payouts: callback at `commande` level (docs/ligdicash-contract.md §7).
  callback_url: httpUrl,
  custom_data: customData,
};

/** E6 `withdrawal/create`: `top_up_wallet` 0/1 (docs/ligdicash-contract.md §4.6), never the JS SDK's `to_ligdicash`. */
export const clientPayoutRequest = z.strictObject({
  commande: z.strictObject({ ...payoutCommande, top_up_wallet: z.union([z.literal(0), z.literal(1)]) }),
});

/** E7 `straight/payout`: E6 without `top_up_wallet` (docs/ligdicash-contract.md §4.7). */
export const merchantPayoutRequest = z.strictObject({ commande: z.strictObject(payoutCommande) });

/** docs/ligdicash-contract.md §2.1: both keys, JSON both ways (headers as the simulator records them: lower-case names). */
export const requestHeaders = z.looseObject({
  apikey: z.string().min(1),
  authorization: z.string().regex(/^Bearer \S+$/),
  accept: z.literal("application/json"),
  "content-type": z.literal("application/json"),
});
