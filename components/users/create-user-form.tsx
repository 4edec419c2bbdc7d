"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ROLES } from "@/lib/auth/permissions";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useCreateUser } from "@/lib/hooks/users";

export function CreateUserForm() {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const create = useCreateUser();
  const [role, setRole] = useState<(typeof ROLES)[number]>("finance");
  const [notice, setNotice] = useState<string | null>(null);
  const error = create.error instanceof ApiRequestError ? create.error : null;
  const fieldError = (path: string) => error?.fields.find((f) => f.path === path)?.message;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setNotice(null);
    create.mutate(
      {
        name: String(form.get("name")),
        email: String(form.get("email")),
        role,
        password: String(form.get("password")),
      },
      {
        onSuccess: ({ user }) => {
          setNotice(t("created", { email: user.email }));
          formElement.reset();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4 p-5 sm:grid-cols-2" noValidate>
      {error ? (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger sm:col-span-2">
          {error.message}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="rounded-lg bg-success-soft px-3 py-2 text-sm text-success sm:col-span-2">
          {notice}
        </p>
      ) : null}
      <TextField label={t("name")} name="name" required autoComplete="off" error={fieldError("name")} />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        required
        autoComplete="off"
        error={fieldError("email")}
      />
      <SelectField
        label={t("role")}
        name="role"
        value={role}
        onChange={(e) => setRole(e.target.value as typeof role)}
        options={ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
        hint={t(`roleHelp.${role}`)}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        required
        minLength={12}
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={fieldError("password")}
      />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={create.isPending}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
