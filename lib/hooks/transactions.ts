"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { TransactionPageDto } from "@/lib/transaction-history/transaction-dto";
import { apiFetch } from "./api-fetch";

/** List keys start with "transactions": the live-update provider invalidates them on any change. */
export const transactionsKey = (query: string) => ["transactions", query] as const;

/** Pages of the history for one filtered view (`query` = its URL query string). Refetched every
 * 15 s as a fallback when live updates are not connected. */
export function useTransactions(query: string, initial: TransactionPageDto) {
  return useInfiniteQuery({
    queryKey: transactionsKey(query),
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams(query);
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<TransactionPageDto>(`/api/transactions?${params.toString()}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initial], pageParams: [null] },
    refetchInterval: 15_000,
  });
}
