import { route } from "@/lib/http/handle-route";
import { batchTemplate } from "@/lib/payout-batches/batch-template";

// GET /api/payout-batches/template — the sheet to fill in, in the spreadsheet variant (`;`, BOM).
export const GET = route({
  permission: "payouts:request",
  run: async (ctx) =>
    new Response(batchTemplate(ctx.locale), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="versements-groupes-modele.csv"',
        "Cache-Control": "no-store",
      },
    }),
});
