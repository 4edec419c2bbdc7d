"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LedgerPageDto } from "@/lib/ledger/get-ledger-page";
import { apiFetch } from "./api-fetch";

/** What the ledger page is showing: a page of journals, and the oldest pending operations or all. */
export type LedgerView = { cursor: string | null; allPending: boolean };

/** The query string of a ledger view, shared by the page's links and the API call (`?…` or ""). */
export function ledgerSearch({ cursor, allPending }: LedgerView): string {
  const params = new URLSearchParams();
  if (cursor) params.set("cursor", cursor);
  if (allPending) params.set("pending", "all");
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** ["ledger", …]: invalidated by components/live on every ledger change. */
export const ledgerKey = (view: LedgerView) =>
  ["ledger", view.cursor ?? "latest", view.allPending ? "all-pending" : "oldest-pending"] as const;

export function useLedger(view: LedgerView, initial: LedgerPageDto) {
  return useQuery({
    queryKey: ledgerKey(view),
    queryFn: () => apiFetch<LedgerPageDto>(`/api/ledger${ledgerSearch(view)}`),
    initialData: initial,
  });
}

/** Posts the reversing journal of `journalId`; every ledger page refetches (the live push would too, a moment later). */
export function useReverseJournal(journalId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      apiFetch<{ reversalId: string }>(`/api/ledger/journals/${encodeURIComponent(journalId)}/reverse`, {
        method: "POST",
        body: { reason },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ledger"] }),
  });
}
