import { describe, expect, it } from "vitest";
import type { PayoutDto } from "./payout-dto";
import { allowedPayoutActions } from "./allowed-actions";

const payout = (over: Partial<PayoutDto>): PayoutDto =>
  ({
    status: "approved",
    destination: "wallet",
    hasGatewayToken: false,
    failureCode: null,
    requestedBy: { id: "asker", name: "A" },
    ...over,
  }) as PayoutDto;
const granted = (p: PayoutDto, viewer: { id: string; role: "admin" | "manager" | "finance" | "viewer" }) =>
  Object.entries(allowedPayoutActions(p, viewer))
    .filter(([, yes]) => yes)
    .map(([action]) => action);

describe("allowedPayoutActions (what the payout page offers the viewer)", () => {
  it("a manager decides on another's payout waiting for approval, never on their own", () => {
    expect(granted(payout({ status: "awaiting_approval" }), { id: "boss", role: "manager" })).toEqual([
      "decide",
    ]);
    expect(granted(payout({ status: "awaiting_approval" }), { id: "asker", role: "manager" })).toEqual([
      "cancel",
      "ownRequest",
    ]);
    expect(granted(payout({ status: "awaiting_approval" }), { id: "other", role: "finance" })).toEqual([]);
  });

  it("only the requester withdraws a request, and only while it awaits approval", () => {
    expect(granted(payout({ status: "awaiting_approval" }), { id: "asker", role: "finance" })).toEqual([
      "cancel",
    ]);
    expect(granted(payout({ status: "approved" }), { id: "asker", role: "finance" })).toEqual(["send"]);
    expect(granted(payout({ status: "cancelled" }), { id: "asker", role: "finance" })).toEqual([]);
    expect(granted(payout({ status: "cancelled" }), { id: "boss", role: "manager" })).toEqual([]);
  });

  it("finance sends an approved payout and verifies one LigdiCash holds, only with its token", () => {
    expect(granted(payout({ status: "approved" }), { id: "f", role: "finance" })).toEqual(["send"]);
    expect(
      granted(payout({ status: "pending", hasGatewayToken: true }), { id: "f", role: "finance" }),
    ).toEqual(["verify"]);
    expect(
      granted(payout({ status: "pending", hasGatewayToken: false }), { id: "f", role: "finance" }),
    ).toEqual([]);
    expect(
      granted(payout({ status: "completed", hasGatewayToken: true }), { id: "f", role: "finance" }),
    ).toEqual([]);
  });

  it("a lost creation answer is resolved by a manager who did not ask for it", () => {
    const lost = payout({ status: "outcome_unknown", hasGatewayToken: false });
    expect(granted(lost, { id: "boss", role: "admin" })).toEqual(["resolve"]);
    expect(granted(lost, { id: "asker", role: "admin" })).toEqual(["ownResolution"]);
  });

  it("mobile money instead only for a wallet payout refused for want of a LigdiCash account", () => {
    const refused = payout({ status: "failed", failureCode: "customer_does_not_exist" });
    expect(granted(refused, { id: "f", role: "finance" })).toEqual(["mobileMoneyInstead"]);
    expect(granted({ ...refused, destination: "mobile_money" }, { id: "f", role: "finance" })).toEqual([]);
    expect(granted(refused, { id: "v", role: "viewer" })).toEqual([]);
  });
});
