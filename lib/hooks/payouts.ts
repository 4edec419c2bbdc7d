"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { BalanceAlert } from "@/lib/balance-alerts/get-balance-alerts";
import type { BalanceThresholdsInput } from "@/lib/balance-alerts/schemas";
import type { ViewedPayoutDetail } from "@/lib/payouts/allowed-actions";
import type { PayoutDto } from "@/lib/payouts/payout-dto";
import type { PayoutFilters, RequestPayoutBody } from "@/lib/payouts/schemas";
import type { ApprovalSettingsInput } from "@/lib/settings/schemas";
import { OPEN_PAYOUT_STATUSES, isIn } from "@/lib/statuses";
import { apiFetch } from "./api-fetch";

// Keys the live-update provider invalidates when a payout changes: ["payouts", id] and ["payouts", "list", …].
export const payoutKey = (id: string) => ["payouts", id] as const;
export const payoutListKey = (filters: PayoutFilters) => ["payouts", "list", filters] as const;

/** States that change without anyone clicking (LigdiCash, a callback, reconciliation, a manager). */
export const isMoving = (status: string) => isIn(OPEN_PAYOUT_STATUSES, status);

type ListPage = { rows: PayoutDto[]; nextCursor: string | null };

export function usePayoutList(filters: PayoutFilters, initial: ListPage) {
  return useQuery({
    queryKey: payoutListKey(filters),
    queryFn: () =>
      apiFetch<ListPage>(
        `/api/payouts?${new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === "string"))}`,
      ),
    initialData: initial,
    refetchInterval: (query) => (query.state.data?.rows.some((r) => isMoving(r.status)) ? 5_000 : false),
  });
}

export function usePayoutDetail(id: string, initial: ViewedPayoutDetail) {
  return useQuery({
    queryKey: payoutKey(id),
    queryFn: () => apiFetch<ViewedPayoutDetail>(`/api/payouts/${id}`),
    initialData: initial,
    refetchInterval: (query) =>
      query.state.data && isMoving(query.state.data.payout.status) ? 3_000 : false,
  });
}

function useInvalidatePayouts() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ["payouts"] });
}

export function useRequestPayout() {
  const invalidate = useInvalidatePayouts();
  return useMutation({
    mutationFn: (input: RequestPayoutBody) =>
      apiFetch<{ payout: PayoutDto; created: boolean }>("/api/payouts", { method: "POST", body: input }),
    onSuccess: invalidate,
  });
}

export type PayoutActionName =
  "approve" | "reject" | "cancel" | "verify" | "send" | "mobile-money" | "resolve";

/** approve / reject / cancel / verify / send / mobile-money / resolve: one POST on the payout. */
export function usePayoutAction(id: string) {
  const invalidate = useInvalidatePayouts();
  return useMutation({
    mutationFn: ({
      action,
      note,
      outcome,
    }: {
      action: PayoutActionName;
      note?: string;
      outcome?: "completed" | "notcompleted";
    }) =>
      apiFetch<{ payout: PayoutDto; created?: boolean }>(`/api/payouts/${id}/${action}`, {
        method: "POST",
        body:
          action === "resolve"
            ? { outcome, note }
            : action === "approve" || action === "reject"
              ? { note }
              : {},
      }),
    onSuccess: invalidate,
  });
}

export function useSaveApprovalSettings() {
  return useMutation({
    mutationFn: (settings: ApprovalSettingsInput) =>
      apiFetch<ApprovalSettingsInput>("/api/payouts/settings", { method: "PUT", body: settings }),
  });
}

export function useSaveBalanceThresholds() {
  const router = useRouter();
  return useMutation({
    mutationFn: (input: BalanceThresholdsInput) =>
      apiFetch<{ alerts: BalanceAlert[] }>("/api/payouts/alerts", { method: "PUT", body: input }),
    // The banner in the shell is drawn on the server: redraw it with the new thresholds.
    onSuccess: () => router.refresh(),
  });
}
