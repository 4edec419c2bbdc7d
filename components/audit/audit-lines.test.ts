import { describe, expect, it } from "vitest";
import { changeLines, isLocalAddress } from "./audit-lines";

const named = (field: string) => field !== "invoiceId";

describe("changeLines", () => {
  it("pairs each named field's value before and after", () => {
    expect(changeLines({ role: "finance" }, { role: "manager" }, named)).toEqual([
      { field: "role", before: "finance", after: "manager" },
    ]);
  });

  it("reads a creation (no before) as the values set, leaving out unnamed and empty fields", () => {
    expect(
      changeLines(
        null,
        { amount: 5000, invoiceId: "inv1", merchantReference: null, purpose: "refund" },
        named,
      ),
    ).toEqual([
      { field: "amount", before: null, after: 5000 },
      { field: "purpose", before: null, after: "refund" },
    ]);
  });

  it("leaves out what did not change and tolerates values that are not objects", () => {
    expect(changeLines({ a: 1, b: [1] }, { a: 1, b: [1, 2] }, named)).toEqual([
      { field: "b", before: [1], after: [1, 2] },
    ]);
    expect(changeLines("x", 3, named)).toEqual([]);
  });
});

describe("isLocalAddress", () => {
  it("knows this machine's own addresses and nothing else", () => {
    expect(["::1", "127.0.0.1", "::ffff:127.0.0.1"].every(isLocalAddress)).toBe(true);
    expect(isLocalAddress("196.28.245.10")).toBe(false);
  });
});
