import { z } from "zod";
import { AppError } from "@/lib/http/app-error";
import { route } from "@/lib/http/handle-route";
import { findRefundStatus } from "@/lib/payouts/refund-status";

// GET /api/pay/refund/:refundId/status — public: the verified state of a customer's refund, as
// stored (callbacks and Caisse's own checks move it; the customer's polling never calls LigdiCash).
export const GET = route({
  permission: "public",
  params: z.object({ refundId: z.string() }),
  run: async (ctx, { refundId }) => {
    const refund = await findRefundStatus(ctx.db, refundId);
    if (!refund) throw new AppError("not_found");
    return { state: refund.state };
  },
  headers: { "Cache-Control": "no-store" },
});
