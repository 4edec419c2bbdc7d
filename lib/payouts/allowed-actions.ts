import { can, type Viewer } from "@/lib/auth/permissions";
import { PAYOUT_AT_GATEWAY, isIn } from "@/lib/statuses";
import type { PayoutDetail } from "./get-payout";
import type { PayoutDto } from "./payout-dto";

/** What the viewing staff member may do with a payout now; the page shows exactly these. */
export type PayoutActions = {
  /** Approve or reject a payout waiting for a manager (never one's own request: four eyes). */
  decide: boolean;
  /** Withdraw one's own request while it still waits for a manager (nothing was sent). */
  cancel: boolean;
  send: boolean;
  /** Ask LigdiCash for the status now (it holds the payout and we have its token). */
  verify: boolean;
  /** A wallet payout LigdiCash refused for want of a LigdiCash account: send it to mobile money. */
  mobileMoneyInstead: boolean;
  /** Record LigdiCash's verdict by hand on a payout whose creation answer was lost (not one's own). */
  resolve: boolean;
  /** Why a manager is offered no decision or resolution: they asked for this payout themselves. */
  ownRequest: boolean;
  ownResolution: boolean;
};

/** The payout as the viewing staff member sees it: with what they may do with it. */
export type ViewedPayoutDto = PayoutDto & { allowedActions: PayoutActions };
export type ViewedPayoutDetail = Omit<PayoutDetail, "payout"> & { payout: ViewedPayoutDto };

/** Derived from the role table and the payout's state, on the server; the operations check again. */
export function allowedPayoutActions(payout: PayoutDto, viewer: Viewer): PayoutActions {
  const canApprove = can(viewer.role, "payouts:approve");
  const canRequest = can(viewer.role, "payouts:request");
  const own = payout.requestedBy.id === viewer.id;
  const awaiting = canApprove && payout.status === "awaiting_approval";
  const unresolved = canApprove && payout.status === "outcome_unknown" && !payout.hasGatewayToken;
  return {
    decide: awaiting && !own,
    cancel: canRequest && own && payout.status === "awaiting_approval",
    send: canRequest && payout.status === "approved",
    verify: canRequest && payout.hasGatewayToken && isIn(PAYOUT_AT_GATEWAY, payout.status),
    mobileMoneyInstead:
      canRequest &&
      payout.status === "failed" &&
      payout.destination === "wallet" &&
      payout.failureCode === "customer_does_not_exist",
    resolve: unresolved && !own,
    ownRequest: awaiting && own,
    ownResolution: unresolved && own,
  };
}

export function viewPayoutDetail(detail: PayoutDetail, viewer: Viewer): ViewedPayoutDetail {
  return {
    ...detail,
    payout: { ...detail.payout, allowedActions: allowedPayoutActions(detail.payout, viewer) },
  };
}
