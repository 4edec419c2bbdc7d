import { getTranslations } from "next-intl/server";
import { idParams, route } from "@/lib/http/handle-route";
import { batchResultCsv } from "@/lib/payout-batches/export-batch";
import { getBatch } from "@/lib/payout-batches/get-batch";

// GET /api/payout-batches/:id/export — every line with its outcome, as a spreadsheet (`;`, BOM).
export const GET = route({
  permission: "payouts:read",
  params: idParams,
  run: async (ctx, { id }) => {
    const batch = await getBatch(ctx.db, id);
    const t = await getTranslations({ locale: ctx.locale });
    const csv = batchResultCsv(batch.lines, (key) => t(key), batch.status === "cancelled");
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="versement-groupe-${batch.id}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
});
