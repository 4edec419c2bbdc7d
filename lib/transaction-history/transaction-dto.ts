import type { TransactionPage, TransactionRow } from "./list-transactions";

/** A history row as the browser receives it (dates as ISO strings). */
export type TransactionRowDto = Omit<TransactionRow, "settledAt" | "createdAt"> & {
  settledAt: string | null;
  createdAt: string;
};
export type TransactionPageDto = { rows: TransactionRowDto[]; nextCursor: string | null };

export function toTransactionPageDto(page: TransactionPage): TransactionPageDto {
  return {
    rows: page.rows.map((row) => ({
      ...row,
      settledAt: row.settledAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}
