"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LedgerPageDto } from "@/lib/ledger/get-ledger-page";
import { apiFetch } from "./api-fetch";

/** ["ledger", …]: invalidated by components/live on every ledger change. */
export const ledgerKey = (cursor: string | null) => ["ledger", cursor ?? "latest"] as const;

export function useLedger(cursor: string | null, initial: LedgerPageDto) {
  return useQuery({
    queryKey: ledgerKey(cursor),
    queryFn: () =>
      apiFetch<LedgerPageDto>(`/api/ledger${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`),
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
