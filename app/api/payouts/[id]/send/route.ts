import { idParams, route } from "@/lib/http/handle-route";
import { sendApprovedPayout } from "@/lib/payouts/submit-payout";

// POST /api/payouts/:id/send — send an approved payout whose sending never started (e.g. the
// server stopped right after storing it). A no-op for any other state (finance, manager, admin).
export const POST = route({
  permission: "payouts:request",
  params: idParams,
  run: async (ctx, { id }) => ({ payout: await sendApprovedPayout(ctx, { payoutId: id }) }),
});
