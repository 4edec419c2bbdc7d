import { beforeAll, describe, expect, it } from "vitest";
import { createLigdicashClient } from "./client";
import type { EndpointKey } from "./endpoints";
import type { Locale } from "@/i18n/config";
import { gatewayErrorText, type Translator } from "@/lib/i18n/error-text";
import { loadTranslators } from "@/test/support/translators";
import { LigdicashError } from "./errors";
import type { LigdicashClient } from "./types";
import { TEST_CONFIG, createFakeFetch, jsonResponse, refusal } from "@/test/support/ligdicash/fake-fetch";

let translators: Record<Locale, Translator>;
beforeAll(async () => {
  translators = await loadTranslators();
});
const gatewayErrorMessage = (code: string, locale: Locale) => gatewayErrorText(translators[locale], code);

/**
 * docs/ligdicash-contract.md §5, written out again here by class name (not imported from error-codes.ts) so that a
 * slip in the client's tables fails this test. Extra rows check that unknown codes → ApiError.
 */
const PAYIN: Record<string, string> = {
  "00": "AuthenticationError",
  "01": "MerchantPayinDisabledError",
  "02": "InvalidAmountError",
  "03": "IpDeniedError",
  "04": "ProcessingError",
  "05": "SendingError",
  "06": "SendingError",
  "07": "NoNetworkAccessConfigurationError",
  "08": "DataInputError",
  "09": "ApiError",
  "10": "NoHashError",
  "11": "InvalidHashError",
  "12": "InvalidMethodError",
  "13": "UnauthorizedMethodError",
  "14": "WrongWalletCredentialsError",
  "15": "WrongOtpError",
  "16": "ExpiredOtpError",
  "17": "ApiError",
  "03a": "ApiError",
};
const PAYIN_STATUS: Record<string, string> = {
  "00": "AuthenticationError",
  "01": "MerchantPayinDisabledError",
  "02": "InvoiceNotFoundError",
  "03": "ProcessingError",
  "04": "DataInputError",
  "05": "ApiError",
};
const PAYOUT_STATUS: Record<string, string> = { ...PAYIN_STATUS, "01": "MerchantPayoutDisabledError" };
const CLIENT_PAYOUT: Record<string, string> = {
  "00": "AuthenticationError",
  "01": "MerchantPayoutDisabledError",
  "02": "CustomerDoesNotExistError",
  "03": "MerchantAccountDoesNotExistError",
  "03a": "NoPendProcPayout24HError",
  "03b": "NoDeposit3MError",
  "04": "MerchantBalanceLowError",
  "05": "AmountOutOfRangeError",
  "06": "IpDeniedError",
  "07": "TransactionAlreadyExistError",
  "08": "ProcessingError",
  "09": "DataInputError",
  "10": "ApiError",
  "11": "ApiError",
  "12": "ApiError",
  "13": "NoHashError",
  "14": "InvalidHashError",
  "03c": "ApiError",
};
const MERCHANT_PAYOUT: Record<string, string> = {
  "00": "AuthenticationError",
  "01": "ApplicationAuthenticationError",
  "02": "AmountOutOfRangeError",
  "03": "MerchantAccountDoesNotExistError",
  "04": "NoPendProcPayout24HError",
  "05": "RecipientOperatorNotIdentifiedError",
  // Docs: IP denied; SDKs: no merchant account. Neither is chosen (see below).
  "06": "MerchantAccountOrIpDeniedError",
  "07": "MerchantAccountDoesNotExistError",
  "08": "MerchantBalanceLowError",
  "09": "ProcessingError",
  "10": "ApiError",
  "11": "NoHashError",
  "12": "InvalidHashError",
  "13": "UnauthorizedCurrencyConversionError",
  "14": "IpDeniedError",
  "15": "ApiError",
};

const payout = { transactionId: "T-1", amount: 1000, description: "x", phone: "70112233" };
const payin = {
  transactionId: "T-1",
  amount: 1000,
  description: "x",
  returnUrl: "https://a.b/ok",
  cancelUrl: "https://a.b/ko",
};

const OPERATIONS: [EndpointKey, Record<string, string>, (client: LigdicashClient) => Promise<unknown>][] = [
  ["hostedPayin", PAYIN, (c) => c.createHostedPayin(payin)],
  ["directPayin", PAYIN, (c) => c.createDirectPayin({ ...payin, phone: "76112233", otp: "123456" })],
  ["payinStatus", PAYIN_STATUS, (c) => c.getPayinStatus("tok")],
  ["clientPayout", CLIENT_PAYOUT, (c) => c.createClientPayout({ ...payout, destination: "mobile_money" })],
  ["merchantPayout", MERCHANT_PAYOUT, (c) => c.createMerchantPayout(payout)],
  ["clientPayoutStatus", PAYOUT_STATUS, (c) => c.getClientPayoutStatus("tok")],
  ["merchantPayoutStatus", PAYOUT_STATUS, (c) => c.getMerchantPayoutStatus("tok")],
];

const rows = OPERATIONS.flatMap(([endpoint, table, run]) =>
  Object.entries(table)
    // E9's Code02 falls back to E8 (tested in client-transport.test.ts).
    .filter(([subCode]) => !(endpoint === "merchantPayoutStatus" && subCode === "02"))
    .map(([subCode, className]) => [endpoint, subCode, className, run] as const),
);

describe('a "01" answer becomes the error of that endpoint\'s table (docs/ligdicash-contract.md §5, live)', () => {
  it.each(rows)("%s Echec (Code%s) → %s, a definite refusal", async (endpoint, subCode, className, run) => {
    const fake = createFakeFetch(refusal(subCode));
    const client = createLigdicashClient({ ...TEST_CONFIG, fetch: fake.fetch });
    const error = await run(client).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LigdicashError);
    expect(error).toMatchObject({ name: className, endpoint, subCode, outcomeUnknown: false });
    expect(fake.requests).toHaveLength(1); // never retried, status checks included
  });

  it("covers every endpoint the client calls", () => {
    expect(new Set(OPERATIONS.map(([endpoint]) => endpoint)).size).toBe(7);
  });

  it("reads upper-case sub-codes with a letter", async () => {
    const fake = createFakeFetch(
      jsonResponse({ response_code: "01", token: "", response_text: "ECHEC (CODE03B)" }),
    );
    const client = createLigdicashClient({ ...TEST_CONFIG, fetch: fake.fetch });
    await expect(client.createClientPayout({ ...payout, destination: "wallet" })).rejects.toMatchObject({
      name: "NoDeposit3MError",
      subCode: "03b",
    });
  });

  it('maps a "01" without a sub-code to ApiError, still a definite refusal', async () => {
    const fake = createFakeFetch(jsonResponse({ response_code: "01", token: "", response_text: "" }));
    const client = createLigdicashClient({ ...TEST_CONFIG, fetch: fake.fetch });
    await expect(client.createMerchantPayout(payout)).rejects.toMatchObject({
      name: "ApiError",
      subCode: null,
      outcomeUnknown: false,
    });
  });

  it('treats any response_code other than "00" as a refusal (numbers too)', async () => {
    const fake = createFakeFetch(jsonResponse({ response_code: 1, response_text: "Echec (Code04)" }));
    const client = createLigdicashClient({ ...TEST_CONFIG, fetch: fake.fetch });
    await expect(client.createClientPayout({ ...payout, destination: "wallet" })).rejects.toMatchObject({
      name: "MerchantBalanceLowError",
      outcomeUnknown: false,
    });
  });
});

describe("merchant payout sub-codes where LigdiCash's sources disagree (docs/ligdicash-contract.md §5.4)", () => {
  const straightRefusal = (subCode: string) =>
    jsonResponse({
      response_code: "01",
      token: "",
      response_text: `Echec (Code${subCode})`,
      description: "",
      custom_data: "",
      wiki: "https://client.ligdicash.com/wiki/createStraightWithdrawal",
    });
  const refuse = async (subCode: string) => {
    const fake = createFakeFetch(straightRefusal(subCode));
    const client = createLigdicashClient({ ...TEST_CONFIG, fetch: fake.fetch });
    return (await client.createMerchantPayout(payout).catch((caught: unknown) => caught)) as LigdicashError;
  };

  it("Code06 (docs: server IP not whitelisted; SDKs: no merchant account) names both causes to staff", async () => {
    const error = await refuse("06");
    expect(error).toMatchObject({
      code: "merchant_account_or_ip_denied",
      subCode: "06",
      outcomeUnknown: false,
    });
    const fr = gatewayErrorMessage(error.code, "fr");
    expect(fr).toContain("sous-compte marchand");
    expect(fr).toContain("adresse IP");
    const en = gatewayErrorMessage(error.code, "en");
    expect(en).toContain("merchant sub-account");
    expect(en).toContain("IP address");
  });

  it("Code14 is IP denied in every SDK and the docs give it no other meaning: one cause", async () => {
    const error = await refuse("14");
    expect(error.code).toBe("ip_denied");
    expect(gatewayErrorMessage(error.code, "fr")).not.toContain("sous-compte");
  });
});
