import type { TransactionPage, TransactionRow } from "./list-transactions";

/** A history row as the browser receives it (dates as ISO strings). */
export type TransactionRowDto = Omit<TransactionRow, "createdAt"> & { createdAt: string };
export type TransactionPageDto = { rows: TransactionRowDto[]; nextCursor: string | null };

export function toTransactionPageDto(page: TransactionPage): TransactionPageDto {
  return {
    rows: page.rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    nextCursor: page.nextCursor,
  };
}
