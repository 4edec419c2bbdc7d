import { describe, expect, it } from "vitest";
import { OPERATORS, detectOperator, findOperatorByLigdicashId, isSupportedByLigdicash } from "./operators";

const national = (prefix: string) => `226${prefix}112233`;

describe("detectOperator", () => {
  it.each(["05", "06", "07", "54", "55", "56", "57", "64", "65", "66", "67", "74", "75", "76", "77"])(
    "finds Orange BF for prefix %s",
    (prefix) => {
      expect(detectOperator(national(prefix))?.code).toBe("orange_bf");
    },
  );

  it.each(["01", "02", "03", "50", "51", "52", "53", "60", "61", "62", "63", "70", "71", "72", "73"])(
    "finds Moov BF for prefix %s",
    (prefix) => {
      expect(detectOperator(national(prefix))?.code).toBe("moov_bf");
    },
  );

  it.each(["58", "68", "69", "78", "79"])("finds Telecel for prefix %s", (prefix) => {
    expect(detectOperator(national(prefix))?.code).toBe("telecel_bf");
  });

  it.each(["00", "04", "08", "09", "20", "25", "59", "80", "99"])(
    "knows no operator for prefix %s",
    (prefix) => {
      expect(detectOperator(national(prefix))).toBeNull();
    },
  );

  it("accepts any format normalizePhone accepts and returns null for invalid numbers", () => {
    expect(detectOperator("+226 76 11 22 33")?.code).toBe("orange_bf");
    expect(detectOperator("70.11.22.33")?.code).toBe("moov_bf");
    expect(detectOperator("+225 07 07 07 07 07")).toBeNull();
    expect(detectOperator("not a number")).toBeNull();
  });

  it("carries the LigdiCash facts of docs/ligdicash-contract.md §9", () => {
    expect(detectOperator("22670112233")).toMatchObject({
      ligdicashOperatorId: 12,
      ligdicashOperatorName: "MOOV AFRICA BURKINA",
      validationMode: "push",
      minAmount: 100,
    });
    expect(detectOperator("22676112233")).toMatchObject({
      ligdicashOperatorId: 11,
      ligdicashOperatorName: "ORANGE BURKINA",
      validationMode: "ussd_otp",
      ussdCode: "*144*4*6#",
      minAmount: 10,
    });
  });

  it("has no prefix assigned to two operators", () => {
    const all = OPERATORS.flatMap((operator) => operator.prefixes);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("findOperatorByLigdicashId", () => {
  it("reads operator_id as a string (confirm) or a number (payout callback)", () => {
    expect(findOperatorByLigdicashId("11")?.code).toBe("orange_bf");
    expect(findOperatorByLigdicashId(12)?.code).toBe("moov_bf");
  });

  it("returns null for empty, unknown or foreign operators", () => {
    expect(findOperatorByLigdicashId("")).toBeNull();
    expect(findOperatorByLigdicashId(null)).toBeNull();
    expect(findOperatorByLigdicashId(undefined)).toBeNull();
    expect(findOperatorByLigdicashId("16")).toBeNull();
  });
});

describe("isSupportedByLigdicash", () => {
  it("is false only for the operator LigdiCash does not list", () => {
    const supported = OPERATORS.filter(isSupportedByLigdicash).map((operator) => operator.code);
    expect(supported).toEqual(["orange_bf", "moov_bf"]);
  });
});
