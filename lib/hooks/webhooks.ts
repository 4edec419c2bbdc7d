"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DeliveryDto } from "@/lib/webhooks/list-deliveries";
import type { EndpointDto } from "@/lib/webhooks/manage-endpoints";
import type { WebhookEventType } from "@/lib/webhooks/event-types";
import { apiFetch } from "./api-fetch";

export const webhooksKey = ["webhooks"] as const;

export function useEndpoints(initial: EndpointDto[]) {
  return useQuery({
    queryKey: [...webhooksKey, "endpoints"],
    queryFn: async () => (await apiFetch<{ endpoints: EndpointDto[] }>("/api/webhooks/endpoints")).endpoints,
    initialData: initial,
  });
}

/** `search`: the page's filters as a query string (`?endpoint=…&outcome=…` or ""). */
export function useDeliveries(search: string, initial: DeliveryDto[]) {
  return useQuery({
    queryKey: [...webhooksKey, "deliveries", search],
    queryFn: async () =>
      (await apiFetch<{ deliveries: DeliveryDto[] }>(`/api/webhooks/deliveries${search}`)).deliveries,
    initialData: initial,
    refetchInterval: 5_000,
  });
}

function useWebhookMutation<I, R>(fn: (input: I) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: webhooksKey }),
  });
}

/** Create and rotate answer the secret: the only time anyone sees it. */
export const useCreateEndpoint = () =>
  useWebhookMutation(
    (input: { url: string; description: string; events: WebhookEventType[]; allowPrivateNetwork: boolean }) =>
      apiFetch<{ endpoint: EndpointDto; secret: string }>("/api/webhooks/endpoints", {
        method: "POST",
        body: input,
      }),
  );

export const useRotateSecret = () =>
  useWebhookMutation((id: string) =>
    apiFetch<{ endpoint: EndpointDto; secret: string }>(
      `/api/webhooks/endpoints/${encodeURIComponent(id)}/rotate`,
      {
        method: "POST",
      },
    ),
  );

export const useSetEndpointEnabled = () =>
  useWebhookMutation(({ id, enabled }: { id: string; enabled: boolean }) =>
    apiFetch<{ endpoint: EndpointDto }>(`/api/webhooks/endpoints/${encodeURIComponent(id)}/enabled`, {
      method: "POST",
      body: { enabled },
    }),
  );

export const useResendDelivery = () =>
  useWebhookMutation((id: string) =>
    apiFetch<void>(`/api/webhooks/deliveries/${encodeURIComponent(id)}/resend`, { method: "POST" }),
  );
