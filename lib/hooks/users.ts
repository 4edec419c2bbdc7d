"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateUserInput, UpdateUserInput } from "@/lib/users/schemas";
import type { UserDto } from "@/lib/users/user-dto";
import { apiFetch } from "./api-fetch";

export const usersKey = ["users"] as const;

export function useUsers(initial: UserDto[]) {
  return useQuery({
    queryKey: usersKey,
    queryFn: async () => (await apiFetch<{ users: UserDto[] }>("/api/users")).users,
    initialData: initial,
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) =>
      apiFetch<{ user: UserDto }>("/api/users", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateUserInput & { id: string }) =>
      apiFetch<{ user: UserDto }>(`/api/users/${id}`, { method: "PATCH", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      apiFetch<void>(`/api/users/${id}/password`, { method: "POST", body: { password } }),
  });
}

export function useEndUserSessions() {
  return useMutation({
    mutationFn: ({ id }: { id: string; name: string }) =>
      apiFetch<{ ended: number }>(`/api/users/${id}/sessions`, { method: "DELETE" }),
  });
}
