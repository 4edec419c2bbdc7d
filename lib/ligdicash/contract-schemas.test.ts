import { describe, expect, it } from "vitest";
import {
  clientPayoutRequest,
  directPayinRequest,
  hostedPayinRequest,
  merchantPayoutRequest,
} from "@/test/support/ligdicash/contract-request-schemas";
import { E1_REQUEST, E6_REQUEST, E7_REQUEST } from "@/test/support/ligdicash/recorded-bodies";

// The strict contract schemas must accept the contract's own examples and reject the mistakes
// the contract warns about — otherwise the contract test could pass on anything.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const e1 = () => JSON.parse(E1_REQUEST) as Json;
const e6 = () => JSON.parse(E6_REQUEST) as Json;
const e7 = () => JSON.parse(E7_REQUEST) as Json;
const e2 = () => {
  const body = e1();
  Object.assign(body.commande.invoice, { items: [], customer: "22676112233", otp: "482913" });
  body.commande.actions = {
    cancel_url: "",
    return_url: "",
    callback_url: "https://api.example.org/ligdicash/cb",
  };
  return body;
};

describe("contract request schemas", () => {
  it("accept the docs/ligdicash-contract.md §11 examples", () => {
    expect(hostedPayinRequest.safeParse(e1()).success).toBe(true);
    expect(directPayinRequest.safeParse(e2()).success).toBe(true);
    expect(clientPayoutRequest.safeParse(e6()).success).toBe(true);
    expect(merchantPayoutRequest.safeParse(e7()).success).toBe(true);
  });

  type Schema = { safeParse(value: unknown): { success: boolean } };
  // [what is wrong, schema, example to start from, how to break it]
  const mistakes: [string, Schema, () => Json, (body: Json) => void][] = [
    [
      "a hosted customer number not in international digits (docs/ligdicash-contract.md §4.1, §9)",
      hostedPayinRequest,
      e1,
      (b) => (b.commande.invoice.customer = "+226 70 11 22 33"),
    ],
    [
      "an item without total_price",
      hostedPayinRequest,
      e1,
      (b) => delete b.commande.invoice.items[0].total_price,
    ],
    ["a wrong total_price", hostedPayinRequest, e1, (b) => (b.commande.invoice.items[0].total_price = 1)],
    [
      "items not adding up to total_amount",
      hostedPayinRequest,
      e1,
      (b) => (b.commande.invoice.total_amount = 3000),
    ],
    ["the docs' `price` slip", hostedPayinRequest, e1, (b) => (b.commande.invoice.items[0].price = 2500)],
    ["amount as a string", hostedPayinRequest, e1, (b) => (b.commande.invoice.total_amount = "2500")],
    ["a decimal amount", clientPayoutRequest, e6, (b) => (b.commande.amount = 1000.5)],
    ["devise other than XOF", hostedPayinRequest, e1, (b) => (b.commande.invoice.devise = "EUR")],
    ["a missing external_id", hostedPayinRequest, e1, (b) => delete b.commande.invoice.external_id],
    [
      "custom_data in the array form",
      hostedPayinRequest,
      e1,
      (b) => (b.commande.custom_data = [{ keyof_customdata: "transaction_id" }]),
    ],
    ["custom_data without transaction_id", merchantPayoutRequest, e7, (b) => (b.commande.custom_data = {})],
    ["a non-string custom_data value", merchantPayoutRequest, e7, (b) => (b.commande.custom_data.n = 1)],
    [
      "direct payin with a formatted phone",
      directPayinRequest,
      e2,
      (b) => (b.commande.invoice.customer = "+226 76 11 22 33"),
    ],
    [
      "direct payin with the JS SDK's null callback",
      directPayinRequest,
      e2,
      (b) => (b.commande.actions.callback_url = null),
    ],
    [
      "the JS SDK's to_ligdicash",
      clientPayoutRequest,
      e6,
      (b) => {
        delete b.commande.top_up_wallet;
        b.commande.to_ligdicash = false;
      },
    ],
    ["top_up_wallet as a boolean", clientPayoutRequest, e6, (b) => (b.commande.top_up_wallet = true)],
    [
      "payout callback under actions",
      merchantPayoutRequest,
      e7,
      (b) => {
        b.commande.actions = { callback_url: b.commande.callback_url };
        delete b.commande.callback_url;
      },
    ],
    ["top_up_wallet on a merchant payout", merchantPayoutRequest, e6, () => undefined],
    ["a client payout without top_up_wallet", clientPayoutRequest, e7, () => undefined],
  ];

  it("reject a body not under commande", () => {
    expect(merchantPayoutRequest.safeParse(e7().commande).success).toBe(false);
  });

  it.each(mistakes)("reject %s", (_label, schema, example, breakIt) => {
    const body = example();
    breakIt(body);
    expect(schema.safeParse(body).success).toBe(false);
  });
});
