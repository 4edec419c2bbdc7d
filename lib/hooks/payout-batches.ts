"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BatchDetail } from "@/lib/payout-batches/get-batch";
import type { BatchPreview } from "@/lib/payout-batches/preview-batch";
import type { CreateBatchInput } from "@/lib/payout-batches/schemas";
import { apiFetch } from "./api-fetch";

// ["payoutBatches", …]: invalidated live by batch changes and by any payout change (live-updates.tsx).
export const batchKey = (id: string) => ["payoutBatches", id] as const;

export function useBatchDetail(id: string, initial: BatchDetail) {
  return useQuery({
    queryKey: batchKey(id),
    queryFn: async () => (await apiFetch<{ batch: BatchDetail }>(`/api/payout-batches/${id}`)).batch,
    initialData: initial,
  });
}

export function usePreviewBatch() {
  return useMutation({
    mutationFn: (file: string) =>
      apiFetch<BatchPreview>("/api/payout-batches/preview", { method: "POST", body: { file } }),
  });
}

export function useCreateBatch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBatchInput) =>
      apiFetch<{ batch: { id: string; status: string }; created: boolean }>("/api/payout-batches", {
        method: "POST",
        body: input,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["payoutBatches"] }),
  });
}

export type BatchActionName = "approve" | "reject" | "pause" | "resume" | "cancel";

export function useBatchAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, note }: { action: BatchActionName; note?: string }) =>
      apiFetch<{ batch: { id: string; status: string } }>(`/api/payout-batches/${id}/${action}`, {
        method: "POST",
        body: action === "approve" || action === "reject" ? { note } : {},
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ["payoutBatches"] }),
  });
}
