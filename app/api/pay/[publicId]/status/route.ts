import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { route } from "@/lib/http/handle-route";
import { linkStatus } from "@/lib/invoices/link-status";
import { checkPublicInvoice } from "@/lib/invoices/load-pay-page";

// GET /api/pay/:publicId/status — public: the verified state of a customer's link. LigdiCash is
// asked at most once every few seconds per invoice, whoever polls; only customer-safe fields out.
export const GET = route({
  permission: "public",
  params: z.object({ publicId: z.string() }),
  run: async (ctx, { publicId }) => {
    const invoice = await checkPublicInvoice(ctx, { publicId });
    if (!invoice) throw new AppError("not_found");
    return { ...linkStatus(invoice), amount: invoice.totalAmount, merchant: env().STORE_NAME };
  },
  headers: { "Cache-Control": "no-store" },
});
