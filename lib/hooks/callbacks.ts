"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DeliveryRow } from "@/lib/callbacks/list-deliveries";
import type { ReverifyResult } from "@/lib/callbacks/reverify-delivery";
import type { CallbackFilters } from "@/lib/callbacks/schemas";
import { apiFetch } from "./api-fetch";

type Page = { rows: DeliveryRow[]; nextCursor: string | null };

/** ["callbacks", …]: invalidated by components/live whenever a delivery gets its verdict. */
export const callbacksKey = (filters: CallbackFilters) => ["callbacks", filters] as const;

function search(filters: CallbackFilters): string {
  const params = new URLSearchParams(
    Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
  );
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function useCallbackDeliveries(filters: CallbackFilters, initial: Page) {
  return useQuery({
    queryKey: callbacksKey(filters),
    queryFn: () => apiFetch<Page>(`/api/callbacks${search(filters)}`),
    initialData: initial,
  });
}

export function useReverifyDelivery() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<{ delivery: ReverifyResult }>(`/api/callbacks/${id}/reverify`, { method: "POST", body: {} }),
    onSettled: () => client.invalidateQueries({ queryKey: ["callbacks"] }),
  });
}
