import { AppError } from "@/lib/http/app-error";
import type { OperationContext } from "@/lib/http/request-context";
import { gatewayFailure } from "@/lib/payouts/gateway-failure";
import { verifyTransaction, type StatusGateway } from "@/lib/verification/verify-transaction";
import { getInvoice } from "./get-invoice";
import type { InvoiceDetailDto } from "./invoice-dto";

/** "Vérifier maintenant" on an invoice: ask LigdiCash now and apply what it says; a gateway failure is a 502/504. */
export async function verifyInvoiceNow(
  ctx: Pick<OperationContext, "db" | "publicUrl"> & { gateway: StatusGateway },
  { invoiceId }: { invoiceId: string },
): Promise<InvoiceDetailDto> {
  const result = await verifyTransaction(ctx.db, ctx.gateway, invoiceId, "invoice").catch(
    (error: unknown) => {
      throw gatewayFailure(error);
    },
  );
  if (result.result === "not_found") throw new AppError("not_found");
  return getInvoice(ctx.db, invoiceId, ctx.publicUrl);
}
