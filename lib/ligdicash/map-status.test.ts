import { describe, expect, it } from "vitest";
import { mapPayinStatus, mapPayoutStatus, normalizeGatewayStatus } from "./map-status";
import { E5_COMPLETED, E5_PENDING, PAYOUT_STATUS } from "@/test/support/ligdicash/recorded-bodies";

const completed = () => JSON.parse(E5_COMPLETED) as Record<string, unknown>;
const payout = () => JSON.parse(PAYOUT_STATUS) as Record<string, unknown>;

describe("mapPayinStatus — recorded E5 bodies (docs/ligdicash-contract.md §11)", () => {
  it("maps a completed payin", () => {
    const body = completed();
    expect(mapPayinStatus(body)).toEqual({
      status: "completed",
      amount: 2500,
      operatorId: "11",
      operatorName: "ORANGE BURKINA",
      operator: "orange_bf",
      payerPhone: "22670112233",
      requestId: "P1234567892026",
      transactionId: "ORD-42-7f3a",
      externalId: "ORD-42-7f3a",
      date: "2026-01-10 09:15:02+00",
      customData: { transaction_id: "ORD-42-7f3a", logfile: "20260110091440abc" },
      unknownStatus: null,
      raw: body,
    });
  });

  it("maps a pending payin: empty operator, null customer (phone from customer_details)", () => {
    const status = mapPayinStatus(JSON.parse(E5_PENDING));
    expect(status).toMatchObject({
      status: "pending",
      operatorId: null,
      operatorName: null,
      payerPhone: "22670112233",
      operator: "moov_bf", // no operator_id yet: from the number's prefix (70 = Moov)
      transactionId: "ORD-42-7f3a",
    });
  });

  it("has no phone and no operator when LigdiCash gives neither", () => {
    const { customer_details: _d, ...body } = JSON.parse(E5_PENDING) as Record<string, unknown>;
    expect(mapPayinStatus(body)).toMatchObject({ payerPhone: null, operator: null });
  });
});

describe("mapPayinStatus — documented variants", () => {
  it.each([
    ["notcompleted", "notcompleted"],
    ["nocompleted", "notcompleted"],
    ["cancelled", "notcompleted"],
    ["COMPLETED", "completed"],
    [" pending ", "pending"],
  ])("reads status %j as %s", (status, expected) => {
    expect(mapPayinStatus({ ...completed(), status })).toMatchObject({
      status: expected,
      unknownStatus: null,
    });
  });

  // docs/ligdicash-contract.md §6: only the documented failure spellings are a failure. Anything else is not a verdict.
  it.each(["failed", "error", "refunded", "canceled", "en cours", "NOTCOMPLETED!"])(
    "keeps an unknown status word %j pending, and says which word it was",
    (status) => {
      expect(mapPayinStatus({ ...completed(), status })).toMatchObject({
        status: "pending",
        unknownStatus: status,
      });
    },
  );

  it.each([
    [2500, 2500],
    ["2500", 2500],
    ["2500.0", 2500],
    [2500.0, 2500],
    ["", null],
    [null, null],
    ["25,00", null],
    [2500.5, null],
    ["-2500", null],
  ])("reads amount %j as %j", (amount, expected) => {
    expect(mapPayinStatus({ ...completed(), amount, montant: amount }).amount).toBe(expected);
  });

  it("falls back to montant when amount is missing", () => {
    const { amount: _amount, ...body } = completed();
    expect(mapPayinStatus({ ...body, montant: "3000" }).amount).toBe(3000);
  });

  it("reads custom_data as an array, a map, a JSON string, an empty string or nothing", () => {
    const base = completed();
    const entries = [{ keyof_customdata: "transaction_id", valueof_customdata: "A-1" }];
    expect(mapPayinStatus({ ...base, custom_data: entries }).transactionId).toBe("A-1");
    expect(mapPayinStatus({ ...base, custom_data: { transaction_id: "A-2" } }).transactionId).toBe("A-2");
    expect(mapPayinStatus({ ...base, custom_data: JSON.stringify(entries) }).transactionId).toBe("A-1");
    const { custom_data: _cd, ...withoutCustomData } = base;
    // No custom_data: the top-level transaction_id older answers carry.
    expect(mapPayinStatus({ ...base, custom_data: "" }).transactionId).toBe("ORD-42-7f3a");
    expect(mapPayinStatus(withoutCustomData).customData).toEqual({});
    expect(mapPayinStatus(withoutCustomData).transactionId).toBe("ORD-42-7f3a");
  });

  it("reads custom_data by key, never by index, and ignores LigdiCash's own entries", () => {
    const custom_data = [
      { keyof_customdata: "hash", valueof_customdata: "ab".repeat(32) },
      { keyof_customdata: "transaction_id", valueof_customdata: "B-7" },
    ];
    expect(mapPayinStatus({ ...completed(), custom_data }).transactionId).toBe("B-7");
  });

  it("falls back to a single-valued external_id, and has no id when nothing carries one", () => {
    const { transaction_id: _t, ...body } = completed();
    expect(mapPayinStatus({ ...body, custom_data: [] }).transactionId).toBe("ORD-42-7f3a");
    expect(mapPayinStatus({ ...body, custom_data: [], external_id: "A;B" }).transactionId).toBeNull();
    expect(mapPayinStatus({ ...body, custom_data: [], external_id: "" }).transactionId).toBeNull();
  });

  it("reads operator_id as a number and finds the operator by phone when the id is empty", () => {
    expect(mapPayinStatus({ ...completed(), operator_id: 12 }).operator).toBe("moov_bf");
    const byPhone = mapPayinStatus({
      ...completed(),
      operator_id: "",
      operator_name: "",
      customer: "22605112233",
    });
    expect(byPhone.operator).toBe("orange_bf");
  });

  it("takes the payer phone from customer_details when customer is null", () => {
    expect(mapPayinStatus({ ...completed(), customer: null }).payerPhone).toBe("22670112233");
  });

  it("ignores unknown fields and fields of an unexpected type", () => {
    const status = mapPayinStatus({
      ...completed(),
      brand_new: { x: 1 },
      request_id: { odd: true },
      date: 12,
    });
    expect(status.requestId).toBeNull();
    expect(status.date).toBe("12");
    expect(status.status).toBe("completed");
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["not a string", 3],
  ])("refuses a body whose status is %s rather than calling it failed", (_label, status) => {
    expect(() => mapPayinStatus({ ...completed(), status })).toThrow();
  });

  it("refuses a body that is not an object", () => {
    expect(() => mapPayinStatus("completed")).toThrow();
    expect(() => mapPayinStatus(null)).toThrow();
  });
});

describe("mapPayoutStatus — recorded E8/E9 body (docs/ligdicash-contract.md §11)", () => {
  it("maps string amounts and the top-level transaction id", () => {
    const body = payout();
    expect(mapPayoutStatus(body)).toEqual({
      status: "completed",
      amount: 1000,
      operatorId: "12",
      operatorName: "MOOV AFRICA BURKINA",
      operator: "moov_bf",
      transactionId: "PAYOUT-42-91c2",
      externalId: "PAYOUT-42-91c2",
      customData: {},
      unknownStatus: null,
      raw: body,
    });
  });

  it("recognises wallet payouts' 'LigdiCash ORANGE BURKINA' operator name", () => {
    expect(
      mapPayoutStatus({ ...payout(), operator_id: "", operator_name: "LigdiCash ORANGE BURKINA" }).operator,
    ).toBe("orange_bf");
  });

  it("uses external_id only when it holds a single value (docs/ligdicash-contract.md §2.5)", () => {
    const { transaction_id: _t, ...body } = payout();
    expect(mapPayoutStatus(body).transactionId).toBe("PAYOUT-42-91c2");
    expect(mapPayoutStatus({ ...body, external_id: "PAYOUT-42;order-9" }).transactionId).toBeNull();
  });

  it("prefers custom_data's transaction_id over the top level", () => {
    const custom_data = [{ keyof_customdata: "transaction_id", valueof_customdata: "PAYOUT-OURS" }];
    expect(mapPayoutStatus({ ...payout(), custom_data }).transactionId).toBe("PAYOUT-OURS");
  });

  it("maps a failed payout whatever the spelling", () => {
    expect(mapPayoutStatus({ ...payout(), status: "nocompleted" }).status).toBe("notcompleted");
  });
});

describe("normalizeGatewayStatus", () => {
  it("knows pending, completed and the documented failure spellings; nothing else", () => {
    expect(normalizeGatewayStatus("pending")).toBe("pending");
    expect(normalizeGatewayStatus("completed")).toBe("completed");
    for (const failure of ["notcompleted", "nocompleted", "cancelled", " Cancelled "])
      expect(normalizeGatewayStatus(failure)).toBe("notcompleted");
    for (const unknown of ["error", "failed", "success", ""])
      expect(normalizeGatewayStatus(unknown)).toBeNull();
  });
});

describe("mapPayoutStatus — a word Caisse does not know never fails a payout", () => {
  it("keeps it pending with the word LigdiCash used", () => {
    expect(mapPayoutStatus({ ...payout(), status: "reversed" })).toMatchObject({
      status: "pending",
      unknownStatus: "reversed",
    });
  });
});
