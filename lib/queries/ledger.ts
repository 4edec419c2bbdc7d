"use client";

import { useQuery } from "@tanstack/react-query";
import type { LedgerPageDto } from "@/lib/ledger/get-ledger-page";
import { apiFetch } from "./api-fetch";

/** ["ledger", …]: invalidated by components/live on every ledger change. */
export const ledgerKey = (cursor: string | null) => ["ledger", cursor ?? "latest"] as const;

export function useLedger(cursor: string | null, initial: LedgerPageDto) {
  return useQuery({
    queryKey: ledgerKey(cursor),
    queryFn: () => apiFetch<LedgerPageDto>(`/api/ledger${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`),
    initialData: initial,
  });
}
