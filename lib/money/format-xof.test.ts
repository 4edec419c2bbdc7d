import { describe, expect, it } from "vitest";
import { formatSignedXof, formatXof } from "./format-xof";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("formatXof", () => {
  it("groups French thousands with a narrow no-break space and ends with FCFA", () => {
    expect(formatXof(12500, "fr")).toBe(`12${NNBSP}500${NBSP}FCFA`);
    expect(formatXof(1_234_567, "fr")).toBe(`1${NNBSP}234${NNBSP}567${NBSP}FCFA`);
  });

  it("groups French four-digit amounts too (CLDR fr: minimum grouping digits 1)", () => {
    expect(formatXof(1000, "fr")).toBe(`1${NNBSP}000${NBSP}FCFA`);
  });

  it("uses commas in English", () => {
    expect(formatXof(12500, "en")).toBe(`12,500${NBSP}FCFA`);
    expect(formatXof(999, "en")).toBe(`999${NBSP}FCFA`);
  });

  it("formats zero and negative amounts (ledger debits) with a true minus sign", () => {
    expect(formatXof(0, "fr")).toBe(`0${NBSP}FCFA`);
    expect(formatXof(-1500, "fr")).toBe(`\u22121${NNBSP}500${NBSP}FCFA`);
    expect(formatXof(-1500, "en")).toBe(`\u22121,500${NBSP}FCFA`);
    expect(formatXof(-12_345_678_901_234_567_890n, "en")).toMatch(/^\u221212,345/);
  });

  it("signs a movement both ways, and leaves zero unsigned", () => {
    expect(formatSignedXof(2500, "fr")).toBe(`+2${NNBSP}500${NBSP}FCFA`);
    expect(formatSignedXof(-2500, "en")).toBe(`\u22122,500${NBSP}FCFA`);
    expect(formatSignedXof(0n, "fr")).toBe(`0${NBSP}FCFA`);
  });

  it("formats bigint sums beyond 2^53 exactly", () => {
    expect(formatXof(12_345_678_901_234_567_890n, "fr")).toBe(
      `12${NNBSP}345${NNBSP}678${NNBSP}901${NNBSP}234${NNBSP}567${NNBSP}890${NBSP}FCFA`,
    );
    expect(formatXof(9_007_199_254_740_993n, "en")).toBe(`9,007,199,254,740,993${NBSP}FCFA`);
  });

  it("never emits a plain no-break space between French digit groups", () => {
    expect(formatXof(1_000_000, "fr").slice(0, -5)).not.toContain(NBSP);
  });

  it("refuses fractions and non-finite numbers instead of rounding them away", () => {
    expect(() => formatXof(12.5, "fr")).toThrow(RangeError);
    expect(() => formatXof(Number.NaN, "en")).toThrow(RangeError);
    expect(() => formatXof(Number.POSITIVE_INFINITY, "en")).toThrow(RangeError);
  });
});
