"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useStepUp } from "@/components/auth/step-up-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/table";
import { ROLES } from "@/lib/auth/permissions";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { isStepUpRequired, useResetTwoFactor } from "@/lib/hooks/two-factor";
import { useEndUserSessions, useUpdateUser, useUsers } from "@/lib/hooks/users";
import type { UserDto } from "@/lib/users/user-dto";
import { ResetPasswordForm } from "./reset-password-form";

export function UsersTable({
  initialUsers,
  currentUserId,
}: {
  initialUsers: UserDto[];
  currentUserId: string;
}) {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const format = useFormatter();
  const { data: users } = useUsers(initialUsers);
  const update = useUpdateUser();
  const endSessions = useEndUserSessions();
  const resetTwoFactor = useResetTwoFactor();
  const [resetting, setResetting] = useState<UserDto | null>(null);
  // A role change or a second-factor reset may be held back until a fresh code; retried after it.
  const stepUp = useStepUp();
  const failure = update.error ?? endSessions.error ?? resetTwoFactor.error;
  const error = failure instanceof ApiRequestError && !isStepUpRequired(failure) ? failure : null;
  const changeUser = (change: Parameters<typeof update.mutate>[0]) =>
    update.mutate(change, {
      onError: (e) => stepUp.holdIfAsked(e, () => changeUser(change)),
    });
  const resetSecondFactor = (user: UserDto) =>
    resetTwoFactor.mutate(
      { id: user.id, name: user.name },
      {
        onError: (e) => stepUp.holdIfAsked(e, () => resetSecondFactor(user)),
      },
    );

  return (
    <div>
      {error ? (
        <p role="alert" className="mx-5 mt-4 rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
          {error.message}
        </p>
      ) : null}
      {endSessions.isSuccess ? (
        <p role="status" className="mx-5 mt-4 rounded-lg bg-success-soft px-3 py-2 text-sm text-success">
          {t("sessionsEnded", { name: endSessions.variables.name, count: endSessions.data.ended })}
        </p>
      ) : null}
      {resetTwoFactor.isSuccess ? (
        <p role="status" className="mx-5 mt-4 rounded-lg bg-success-soft px-3 py-2 text-sm text-success">
          {t("twoFactorReset", { name: resetTwoFactor.variables.name })}
        </p>
      ) : null}
      {stepUp.dialog}
      {resetting ? <ResetPasswordForm user={resetting} onDone={() => setResetting(null)} /> : null}
      <Table>
        <TableHead>
          <Th>{t("columns.person")}</Th>
          <Th>{t("columns.role")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th>{t("columns.lastLogin")}</Th>
          <Th alignment="right">{t("columns.actions")}</Th>
        </TableHead>
        <TableBody>
          {users.map((user) => (
            <Tr key={user.id} data-testid={`user-row-${user.email}`}>
              <Td>
                <p className="font-medium text-ink">
                  {user.name}{" "}
                  {user.id === currentUserId ? (
                    <span className="text-xs font-normal text-ink-muted">({t("you")})</span>
                  ) : null}
                </p>
                <p className="text-xs text-ink-muted [overflow-wrap:anywhere]">{user.email}</p>
              </Td>
              <Td label={t("columns.role")}>
                <select
                  aria-label={`${t("role")} — ${user.name}`}
                  value={user.role}
                  disabled={update.isPending}
                  onChange={(e) => changeUser({ id: user.id, role: e.target.value as UserDto["role"] })}
                  className="rounded-md border border-surface-line bg-surface px-2 py-1 text-sm"
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {tc(`roles.${r}`)}
                    </option>
                  ))}
                </select>
              </Td>
              <Td label={t("columns.status")}>
                <div className="flex flex-wrap gap-1">
                  {user.active ? <Badge tone="success">{t("active")}</Badge> : <Badge>{t("inactive")}</Badge>}
                  {user.twoFactor ? <Badge tone="info">{t("twoFactorOn")}</Badge> : null}
                </div>
              </Td>
              <Td label={t("columns.lastLogin")} className="whitespace-nowrap text-ink-muted">
                {user.lastLoginAt ? format.dateTime(new Date(user.lastLoginAt), "moment") : t("never")}
              </Td>
              <Td alignment="right" className="md:whitespace-nowrap">
                <div className="-mx-3 flex flex-wrap gap-1 md:justify-end">
                  <Button variant="ghost" onClick={() => setResetting(user)}>
                    {t("resetPassword")}
                  </Button>
                  <Button
                    variant="ghost"
                    disabled={endSessions.isPending}
                    onClick={() => endSessions.mutate({ id: user.id, name: user.name })}
                  >
                    {t("endSessions")}
                  </Button>
                  {user.twoFactor ? (
                    <Button
                      variant="ghost"
                      disabled={resetTwoFactor.isPending}
                      onClick={() => resetSecondFactor(user)}
                    >
                      {t("resetTwoFactor")}
                    </Button>
                  ) : null}
                  <Button
                    variant="ghost"
                    disabled={update.isPending}
                    onClick={() => changeUser({ id: user.id, active: !user.active })}
                  >
                    {user.active ? t("deactivate") : t("reactivate")}
                  </Button>
                </div>
              </Td>
            </Tr>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
