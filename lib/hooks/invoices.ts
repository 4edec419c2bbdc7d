"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ViewedInvoiceDto } from "@/lib/invoices/allowed-actions";
import type { InvoicePageDto } from "@/lib/invoices/invoice-dto";
import type { InvoiceFormInput } from "@/lib/invoices/schemas";
import { MOVING_INVOICE_STATUSES, isIn } from "@/lib/statuses";
import { apiFetch } from "./api-fetch";

/** Query keys: live updates (components/live) invalidate ["invoices"] or ["invoices", id]. */
export const invoicesKey = ["invoices"] as const;
export const invoiceKey = (id: string) => ["invoices", id] as const;
export const invoiceListKey = (filters: Record<string, string>) =>
  ["invoices", "list", new URLSearchParams(filters).toString()] as const;

/** States LigdiCash (or our own send) may still change: the page polls while in one of them. */
const POLL_MS = 3_000;

export function useInvoice(initial: ViewedInvoiceDto) {
  return useQuery({
    queryKey: invoiceKey(initial.id),
    queryFn: async () =>
      (await apiFetch<{ invoice: ViewedInvoiceDto }>(`/api/invoices/${initial.id}`)).invoice,
    initialData: initial,
    refetchInterval: (query) =>
      query.state.data && isIn(MOVING_INVOICE_STATUSES, query.state.data.status) ? POLL_MS : false,
  });
}

/** `filters`: the list's address (q, status, from, to), sent as they are to /api/invoices. */
export function useInvoiceList(filters: Record<string, string>, initial: InvoicePageDto | undefined) {
  return useInfiniteQuery({
    queryKey: invoiceListKey(filters),
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams(filters);
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<InvoicePageDto>(`/api/invoices?${params.toString()}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: initial ? { pages: [initial], pageParams: [null] } : undefined,
    // The first page follows new invoices and status changes; older pages do not move.
    refetchInterval: (query) =>
      query.state.data?.pages[0]?.invoices.some((i) => isIn(MOVING_INVOICE_STATUSES, i.status))
        ? 10_000
        : false,
  });
}

export type CreateInvoiceResult = {
  invoice: { id: string; publicId: string; status: string; failureCode: string | null; replayed: boolean };
};

export function useCreateInvoice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InvoiceFormInput) =>
      apiFetch<CreateInvoiceResult>("/api/invoices", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: invoicesKey }),
  });
}

function useInvoiceAction(action: "revoke" | "verify") {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<{ invoice: ViewedInvoiceDto }>(`/api/invoices/${id}/${action}`, { method: "POST" }),
    onSuccess: ({ invoice }) => {
      client.setQueryData(invoiceKey(invoice.id), invoice);
      return client.invalidateQueries({ queryKey: ["invoices", "list"] });
    },
  });
}

export const useRevokeInvoice = () => useInvoiceAction("revoke");
export const useVerifyInvoice = () => useInvoiceAction("verify");
