"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useFormCheck } from "@/lib/hooks/use-form-check";
import { useResetPassword } from "@/lib/hooks/users";
import type { UserDto } from "@/lib/users/user-dto";
import type * as SchemaModule from "@/lib/users/schemas";

type Schemas = typeof SchemaModule;

export function ResetPasswordForm({ user, onDone }: { user: UserDto; onDone: () => void }) {
  const t = useTranslations("users");
  const tAll = useTranslations();
  const reset = useResetPassword();
  const [password, setPassword] = useState("");
  const [schemas, setSchemas] = useState<Schemas | null>(null);
  const checkWith = (loaded: Schemas) =>
    loaded.resetPasswordSchema((key, v) => tAll(key, v)).safeParse({ password });
  const form = useFormCheck(() => (schemas ? checkWith(schemas) : null));
  const error = reset.error instanceof ApiRequestError ? reset.error : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const loaded = schemas ?? (await import("@/lib/users/schemas"));
    setSchemas(loaded);
    const checked = form.submit(checkWith(loaded));
    if (checked?.ok) reset.mutate({ id: user.id, password: checked.value.password });
  }

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      className="mx-5 mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-surface-line bg-surface-sunken p-4"
      noValidate
    >
      {reset.isSuccess ? (
        <p role="status" className="w-full text-sm text-success">
          {t("passwordReset", { name: user.name })}
        </p>
      ) : null}
      <TextField
        className="w-full sm:min-w-64 sm:flex-1"
        label={t("newPassword", { name: user.name })}
        name="password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => {
          if (reset.isError) reset.reset();
          setPassword(e.target.value);
        }}
        hint={t("passwordHint")}
        error={
          form.errors.password ?? error?.fields.find((f) => f.path === "password")?.message ?? error?.message
        }
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
