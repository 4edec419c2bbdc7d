"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ROLES } from "@/lib/auth/permissions";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useFormCheck } from "@/lib/hooks/use-form-check";
import { useCreateUser } from "@/lib/hooks/users";
import type * as SchemaModule from "@/lib/users/schemas";

type Schemas = typeof SchemaModule;
const EMPTY = { name: "", email: "", password: "" };

/** A new staff account, checked by the route handler's own schema as you type after the first submit. */
export function CreateUserForm() {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const tAll = useTranslations();
  const create = useCreateUser();
  const [role, setRole] = useState<(typeof ROLES)[number]>("finance");
  const [values, setValues] = useState(EMPTY);
  const [schemas, setSchemas] = useState<Schemas | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const checkWith = (loaded: Schemas) =>
    loaded.createUserSchema((key, v) => tAll(key, v)).safeParse({ ...values, role });
  const form = useFormCheck(() => (schemas ? checkWith(schemas) : null));
  const error = create.error instanceof ApiRequestError ? create.error : null;
  const fieldError = (path: keyof typeof EMPTY) =>
    form.errors[path] ?? error?.fields.find((f) => f.path === path)?.message;
  const field = (name: keyof typeof EMPTY) => ({
    name,
    value: values[name],
    error: fieldError(name),
    onChange: (e: { target: { value: string } }) => {
      if (create.isError) create.reset();
      setValues((all) => ({ ...all, [name]: e.target.value }));
    },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const loaded = schemas ?? (await import("@/lib/users/schemas"));
    setSchemas(loaded);
    const checked = form.submit(checkWith(loaded));
    if (!checked?.ok) return;
    create.mutate(checked.value, {
      onSuccess: ({ user }) => {
        setNotice(t("created", { email: user.email }));
        setValues(EMPTY);
      },
    });
  }

  const invalid = Object.keys(form.errors).length > 0;
  return (
    <form onSubmit={(event) => void onSubmit(event)} className="grid gap-4 p-5 sm:grid-cols-2" noValidate>
      {error || invalid ? (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger sm:col-span-2">
          {error && error.code !== "validation_failed" ? error.message : t("fixErrors")}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="rounded-lg bg-success-soft px-3 py-2 text-sm text-success sm:col-span-2">
          {notice}
        </p>
      ) : null}
      <TextField label={t("name")} required autoComplete="off" {...field("name")} />
      <TextField label={t("email")} type="email" required autoComplete="off" {...field("email")} />
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
        type="password"
        required
        autoComplete="new-password"
        hint={t("passwordHint")}
        {...field("password")}
      />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={create.isPending}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
