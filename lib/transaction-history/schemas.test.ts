import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, type TransactionRow } from "./list-transactions";
import { filtersToSearchParams, searchParamsToObject, transactionFiltersSchema } from "./schemas";

const row: TransactionRow = {
  kind: "payin",
  id: "abc",
  number: "FAC-2026-000001",
  status: "completed",
  amount: 5000,
  operator: "orange_bf",
  description: "x",
  reference: null,
  phone: null,
  customerName: "Awa Ouédraogo",
  requestId: null,
  invoiceId: null,
  invoiceNumber: "FAC-2026-000001",
  settledAt: null,
  createdAt: new Date("2026-01-05T10:00:00.123Z"),
};

describe("transaction filters in the URL", () => {
  it("round-trips a view through its query string, defaults left out", () => {
    const filters = transactionFiltersSchema.parse({
      type: "refund",
      operator: "moov_bf",
      from: "2026-01-01",
      minAmount: "100",
      q: "  sac ",
      sort: "date_desc",
    });
    const query = filtersToSearchParams(filters).toString();
    expect(query).toBe("type=refund&operator=moov_bf&from=2026-01-01&minAmount=100&q=sac");
    expect(transactionFiltersSchema.parse(searchParamsToObject(new URLSearchParams(query)))).toEqual(filters);
  });

  it("keeps only known keys and the first value of repeated ones", () => {
    expect(searchParamsToObject({ type: ["payin", "refund"], evil: "1", q: "x" })).toEqual({
      type: "payin",
      q: "x",
    });
  });

  it("refuses impossible dates and absurd amounts", () => {
    expect(transactionFiltersSchema.safeParse({ from: "2026-02-30" }).success).toBe(false);
    expect(transactionFiltersSchema.safeParse({ from: "2024-02-29" }).success).toBe(true);
    expect(transactionFiltersSchema.safeParse({ from: "2026-13-01" }).success).toBe(false);
    expect(transactionFiltersSchema.safeParse({ maxAmount: "1e12" }).success).toBe(false);
    expect(transactionFiltersSchema.safeParse({ minAmount: "12.5" }).success).toBe(false);
  });

  it("reads amounts as staff type them everywhere else", () => {
    for (const typed of ["20 000", "20000", "20 000 FCFA", "20\u202f000", "20.000"])
      expect(transactionFiltersSchema.parse({ minAmount: typed }).minAmount).toBe(20_000);
    expect(transactionFiltersSchema.parse({ maxAmount: "20 000" })).toMatchObject({ maxAmount: 20_000 });
  });
});

describe("keyset cursor", () => {
  it("round-trips the sort key and id, to the millisecond", () => {
    expect(decodeCursor(encodeCursor(row, "date_desc"), "date_desc")).toEqual({
      key: row.createdAt,
      id: "abc",
    });
    expect(decodeCursor(encodeCursor(row, "amount_asc"), "amount_asc")).toEqual({ key: 5000, id: "abc" });
  });

  it("ignores garbage and a cursor of the other sort", () => {
    expect(decodeCursor("%%%", "date_desc")).toBeNull();
    expect(decodeCursor(encodeCursor(row, "date_desc"), "amount_desc")).toBeNull();
    expect(
      decodeCursor(
        Buffer.from(JSON.stringify({ k: 1, id: "x".repeat(65) })).toString("base64url"),
        "amount_desc",
      ),
    ).toBeNull();
  });
});
