"use client";

import { type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useResetPassword } from "@/lib/hooks/users";
import type { UserDto } from "@/lib/users/user-dto";

export function ResetPasswordForm({ user, onDone }: { user: UserDto; onDone: () => void }) {
  const t = useTranslations("users");
  const reset = useResetPassword();
  const error = reset.error instanceof ApiRequestError ? reset.error : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password"));
    reset.mutate({ id: user.id, password });
  }

  return (
    <form
      onSubmit={onSubmit}
      className="mx-5 mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-surface-line bg-surface-sunken p-4"
      noValidate
    >
      {reset.isSuccess ? (
        <p role="status" className="w-full text-sm text-success">
          {t("passwordReset", { name: user.name })}
        </p>
      ) : null}
      <TextField
        className="min-w-64 flex-1"
        label={t("newPassword", { name: user.name })}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={12}
        hint={t("passwordHint")}
        error={error?.fields.find((f) => f.path === "password")?.message ?? error?.message}
      />
      <Button type="submit" disabled={reset.isPending}>
        {t("save")}
      </Button>
      <Button type="button" variant="secondary" onClick={onDone}>
        {t("cancel")}
      </Button>
    </form>
  );
}
