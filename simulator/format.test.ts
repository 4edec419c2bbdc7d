import { describe, expect, it } from "vitest";
import { externalIdOf, toCustomDataArray } from "./custom-data";
import { escapeHtml, formatXof } from "./format";

describe("formatXof", () => {
  it("groups thousands the French way", () => {
    expect(formatXof(12500)).toBe("12\u202f500\u00a0FCFA");
    expect(formatXof(1_000_000)).toBe("1\u202f000\u202f000\u00a0FCFA");
    expect(formatXof(20)).toBe("20\u00a0FCFA");
  });
});

describe("escapeHtml", () => {
  it("escapes markup and quotes", () => {
    expect(escapeHtml(`<b a="1">'&`)).toBe("&lt;b a=&quot;1&quot;&gt;&#39;&amp;");
  });
});

describe("custom data", () => {
  it("appends LigdiCash's hash and logfile entries (docs/ligdicash-contract.md §4.4)", () => {
    const entries = toCustomDataArray({ transaction_id: "ORD-1" });
    expect(entries.map((entry) => entry.keyof_customdata)).toEqual(["transaction_id", "hash", "logfile"]);
    expect(entries[0]?.valueof_customdata).toBe("ORD-1");
    expect(entries[1]?.valueof_customdata).toMatch(/^[0-9a-f]{64}$/);
  });

  it("joins the values of keys containing id into external_id (docs/ligdicash-contract.md §2.5)", () => {
    expect(externalIdOf({ transaction_id: "A", order_id: "B", note: "x" })).toBe("A;B");
    expect(externalIdOf({ note: "x" }, "EXT")).toBe("EXT");
    expect(externalIdOf({})).toBe("");
  });
});
