"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch, ApiRequestError } from "./api-fetch";
import { usersKey } from "./users";

export type Enrolment = { secret: string; uri: string; qrDataUrl: string };

export function useStartEnrolment() {
  return useMutation({
    mutationFn: () => apiFetch<Enrolment>("/api/account/two-factor", { method: "POST" }),
  });
}

export function useConfirmEnrolment() {
  return useMutation({
    mutationFn: (code: string) =>
      apiFetch<{ recoveryCodes: string[] }>("/api/account/two-factor/confirm", {
        method: "POST",
        body: { code },
      }),
  });
}

export function useStepUpCode() {
  return useMutation({
    mutationFn: (code: string) =>
      apiFetch<void>("/api/account/two-factor/step-up", { method: "POST", body: { code } }),
  });
}

export function useResetTwoFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id }: { id: string; name: string }) =>
      apiFetch<void>(`/api/users/${id}/two-factor`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useTwoFactorPolicy() {
  return useMutation({
    mutationFn: (allRoles: boolean) =>
      apiFetch<{ allRoles: boolean }>("/api/settings/two-factor", { method: "PUT", body: { allRoles } }),
  });
}

/** The server asks a fresh second-factor code before this action (lib/http/handle-route.ts, `stepUp`). */
export function isStepUpRequired(error: unknown): boolean {
  return error instanceof ApiRequestError && error.code === "step_up_required";
}
