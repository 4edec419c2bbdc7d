import { describe, expect, it } from "vitest";
import { accountLabel } from "./account-label";
import { journalTitle } from "./journal-title";

// A translator that shows which message was asked for and with what, so the test reads the choice.
const t = (key: string, values?: Record<string, string>) =>
  values ? `${key}(${Object.values(values).join(",")})` : key;

describe("accountLabel", () => {
  it("names each ledger account the way lib/ledger posts it", () => {
    expect(accountLabel("operator:orange_bf", t)).toBe("accounts.operator(Orange Money)");
    expect(accountLabel("operator:moov_bf", t)).toBe("accounts.operator(Moov Money)");
    expect(accountLabel("counterparty:customers", t)).toBe("accounts.customers");
    expect(accountLabel("counterparty:payees", t)).toBe("accounts.payees");
  });

  it("never prints an account key it does not know", () => {
    expect(accountLabel("suspense:misc", t)).toBe("otherAccount");
  });
});

describe("journalTitle", () => {
  it("shows a reversal's reason without the posting key it reverses", () => {
    const reversal = {
      description: "Contre-passation de invoice:abc:completed : Doublon de saisie",
      reversesId: "j1",
    };
    expect(journalTitle(reversal, t)).toBe("reversalOf(Doublon de saisie)");
  });

  it("leaves every other description as the merchant wrote it", () => {
    expect(journalTitle({ description: "Commande de pagnes", reversesId: null }, t)).toBe(
      "Commande de pagnes",
    );
    // Only a reversal is rewritten, even if a description happens to start the same way.
    const lookalike = { description: "Contre-passation de x : y", reversesId: null };
    expect(journalTitle(lookalike, t)).toBe("Contre-passation de x : y");
  });
});
