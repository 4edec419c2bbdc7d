import { describe, expect, it } from "vitest";
import { maskPhone } from "./mask-phone";

describe("maskPhone", () => {
  it("keeps the operator's prefix and the last two digits of a Burkina number", () => {
    expect(maskPhone("22676000001")).toBe("76 •• •• 01");
    expect(maskPhone("+226 70 11 22 33")).toBe("70 •• •• 33");
  });

  it("never shows more than two digits of anything else", () => {
    expect(maskPhone("+33 6 12 34 56 78")).toBe("•• 78");
  });
});
