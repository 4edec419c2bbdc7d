"use client";

import { useQuery } from "@tanstack/react-query";
import type { CheckResult } from "@/lib/go-live/types";
import { apiFetch } from "./api-fetch";

export type GoLiveReport = { ranAt: string; results: CheckResult[] };

export const goLiveKey = ["go-live"] as const;

/**
 * Runs the go-live check when the page opens and again on demand (`refetch`). Never from the
 * cache: each run asks LigdiCash and the database afresh, so an old answer is never shown as new.
 */
export function useGoLiveCheck() {
  return useQuery({
    queryKey: goLiveKey,
    queryFn: () => apiFetch<GoLiveReport>("/api/go-live"),
    staleTime: 0,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
