import { describe, expect, it } from "vitest";
import { parseCallbackBody } from "./parse-callback";
import { PAYIN_CALLBACK_JSON, PAYOUT_CALLBACK, toFormCopy } from "@/test/support/ligdicash/recorded-bodies";

function claimOf(body: string, contentType?: string) {
  const result = parseCallbackBody(body, contentType);
  if (!result.ok) throw new Error(`unexpected parse failure: ${result.reason}`);
  return result.claim;
}

describe("parseCallbackBody — payin callback (docs/ligdicash-contract.md §7)", () => {
  it("reads the JSON copy", () => {
    expect(claimOf(PAYIN_CALLBACK_JSON, "application/json")).toMatchObject({
      format: "json",
      kindHint: "payin",
      transactionId: "ORD-42-7f3a",
      claimedStatus: "completed",
      claimedAmount: 2500,
      requestId: "P1234567892026",
      callbackToken: null,
      operatorId: "11",
      operator: "orange_bf",
      customer: "22670112233",
    });
  });

  it("reads the form-encoded copy, custom_data arriving as a JSON string", () => {
    const claim = claimOf(toFormCopy(PAYIN_CALLBACK_JSON), "application/x-www-form-urlencoded");
    expect(claim).toMatchObject({
      format: "form",
      kindHint: "payin",
      transactionId: "ORD-42-7f3a",
      claimedStatus: "completed",
      claimedAmount: 2500,
    });
    expect(claim.customData.hash).toHaveLength(64);
  });

  it("gives both copies the same claim apart from the format", () => {
    const json = claimOf(PAYIN_CALLBACK_JSON);
    const form = claimOf(toFormCopy(PAYIN_CALLBACK_JSON));
    const pick = ({ transactionId, claimedStatus, claimedAmount, requestId, kindHint }: typeof json) => ({
      transactionId,
      claimedStatus,
      claimedAmount,
      requestId,
      kindHint,
    });
    expect(pick(form)).toEqual(pick(json));
  });

  it("reads form keys literally: brackets build no nesting", () => {
    const body =
      "status=nocompleted&amount=700&request_id=P1&" +
      "custom_data%5B0%5D%5Bkeyof_customdata%5D=transaction_id&custom_data%5B0%5D%5Bvalueof_customdata%5D=INV-9";
    const claim = claimOf(body);
    expect(claim).toMatchObject({
      format: "form",
      transactionId: null,
      claimedStatus: "notcompleted",
      claimedAmount: 700,
    });
    expect(claim.fields["custom_data[0][keyof_customdata]"]).toBe("transaction_id");
  });

  it("reads a 64 KB key of 21,000 nested brackets as one plain field (no recursion on the sender's keys)", () => {
    const key = "a" + "[a]".repeat(21_000);
    const claim = claimOf(
      `${key}=1&status=pending&transaction_id=INV-7`,
      "application/x-www-form-urlencoded",
    );
    expect(claim).toMatchObject({ transactionId: "INV-7", claimedStatus: "pending" });
    expect(claim.fields[key]).toBe("1");
  });

  it("reads at most 100 form fields", () => {
    const filler = Array.from({ length: 100 }, (_, i) => `f${i}=x`).join("&");
    const claim = claimOf(`${filler}&transaction_id=INV-8`, "application/x-www-form-urlencoded");
    expect(Object.keys(claim.fields)).toHaveLength(100);
    expect(claim.transactionId).toBeNull();
  });

  it("does not let form keys reach the object prototype", () => {
    const claim = claimOf("__proto__%5Bpolluted%5D=1&status=pending");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(claim.claimedStatus).toBe("pending");
  });
});

describe("parseCallbackBody — payout callback (docs/ligdicash-contract.md §7)", () => {
  it("reads the JSON copy: integer operator_id, string amounts, JWT token", () => {
    expect(claimOf(PAYOUT_CALLBACK, "application/json; charset=utf-8")).toMatchObject({
      kindHint: "payout",
      transactionId: "PAYOUT-42-91c2",
      claimedStatus: "completed",
      claimedAmount: 1000,
      callbackToken: "eyJ...CB",
      operatorId: "12",
      operator: "moov_bf",
    });
  });

  it("reads the form copy without a content type", () => {
    expect(claimOf(toFormCopy(PAYOUT_CALLBACK))).toMatchObject({
      format: "form",
      kindHint: "payout",
      transactionId: "PAYOUT-42-91c2",
      claimedAmount: 1000,
    });
  });

  it("hints payout from a wallet operator name alone", () => {
    expect(claimOf('{"status":"completed","operator_name":"LigdiCash ORANGE BURKINA"}').kindHint).toBe(
      "payout",
    );
  });
});

describe("parseCallbackBody — unreadable deliveries", () => {
  it.each([
    ["", undefined, "empty"],
    ["   ", "application/json", "empty"],
    ["{not json", "application/json", "invalid_json"],
    ["[1,2]", "application/json", "not_an_object"],
    ['"completed"', "application/json", "not_an_object"],
  ])("refuses %j (%s) with %s", (body, contentType, reason) => {
    expect(parseCallbackBody(body, contentType)).toEqual({ ok: false, reason });
  });

  it("makes no claim it cannot read", () => {
    expect(claimOf("{}")).toMatchObject({
      kindHint: null,
      transactionId: null,
      claimedStatus: null,
      claimedAmount: null,
      operator: null,
    });
  });
});
