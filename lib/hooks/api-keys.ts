"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApiKeyDto } from "@/lib/api-keys/api-key-dto";
import type { ApiScope } from "@/lib/api-keys/scopes";
import { apiFetch } from "./api-fetch";

export const apiKeysKey = ["api-keys"] as const;

export function useApiKeys(initial: ApiKeyDto[]) {
  return useQuery({
    queryKey: apiKeysKey,
    queryFn: async () => (await apiFetch<{ keys: ApiKeyDto[] }>("/api/api-keys")).keys,
    initialData: initial,
  });
}

/** The answer holds the secret: the only time anyone sees it. */
export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; scopes: ApiScope[] }) =>
      apiFetch<{ key: ApiKeyDto; secret: string }>("/api/api-keys", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<{ key: ApiKeyDto }>(`/api/api-keys/${encodeURIComponent(id)}/revoke`, { method: "POST" }),
    onSuccess: () => client.invalidateQueries({ queryKey: apiKeysKey }),
  });
}
