import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildPosting } from "@/lib/ledger/journal";
import { postJournal } from "@/lib/ledger/post-journal";
import type { OperatorCode } from "@/lib/phone";
import { createPaidInvoice } from "@/test/support/payouts/refund-fixtures";

export const BATCH_HEADER = "phone,amount,name,reason,destination,wallet_mode";

/** A distinct valid number per index: Orange (07…) for even, Moov (70…) for odd indexes. */
export function batchPhone(index: number): string {
  const tail = String(index).padStart(6, "0");
  return index % 2 === 0 ? `22607${tail}` : `22670${tail}`;
}

/** A CSV of mobile money lines, one per index, `amount` each. */
export function mobileMoneyFile(count: number, amount = 1_000, phone = batchPhone): string {
  const lines = Array.from(
    { length: count },
    (_, i) => `${phone(i)},${amount},Livreur ${i},Tournée ${i},mobile_money,`,
  );
  return [BATCH_HEADER, ...lines].join("\n");
}

/** Gives an operator sub-account `amount` in the ledger (a verified payin). */
export async function fundOperator(db: PrismaClient, userId: string, operator: OperatorCode, amount: number) {
  const invoice = await createPaidInvoice(db, userId, amount);
  await db.$transaction((tx) =>
    postJournal(
      tx,
      buildPosting({
        kind: "payin_completed",
        invoiceId: invoice.id,
        operator,
        amount,
        description: "Fonds",
      }),
    ),
  );
}
