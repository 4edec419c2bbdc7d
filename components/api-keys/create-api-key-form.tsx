"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { API_SCOPES, type ApiScope } from "@/lib/api-keys/scopes";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useCreateApiKey } from "@/lib/hooks/api-keys";

/** A new key: a name, its scopes; then its secret, shown here once and never again. */
export function CreateApiKeyForm() {
  const t = useTranslations("apiKeys");
  const create = useCreateApiKey();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiScope[]>(["invoices:write", "read"]);
  const [copied, setCopied] = useState(false);
  const error = create.error instanceof ApiRequestError ? create.error : null;
  const fieldError = (path: string) => error?.fields.find((f) => f.path === path)?.message;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCopied(false);
    create.mutate({ name, scopes }, { onSuccess: () => setName("") });
  }

  const toggle = (scope: ApiScope) =>
    setScopes((all) => (all.includes(scope) ? all.filter((s) => s !== scope) : [...all, scope]));

  return (
    <form onSubmit={onSubmit} className="space-y-4 p-5" noValidate>
      {error ? (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
          {error.code === "validation_failed" ? t("fixErrors") : error.message}
        </p>
      ) : null}
      {create.data ? (
        <div role="status" className="space-y-2 rounded-lg bg-success-soft px-3 py-3 text-sm text-success">
          <p className="font-medium">{t("secretOnce", { name: create.data.key.name })}</p>
          <code
            data-testid="api-key-secret"
            className="block break-all rounded bg-white px-2 py-1 font-mono text-ink"
          >
            {create.data.secret}
          </code>
          <Button
            type="button"
            variant="secondary"
            onClick={() => void navigator.clipboard.writeText(create.data.secret).then(() => setCopied(true))}
          >
            {copied ? t("copied") : t("copy")}
          </Button>
        </div>
      ) : null}
      <TextField
        label={t("name")}
        name="name"
        value={name}
        required
        autoComplete="off"
        hint={t("nameHint")}
        error={fieldError("name")}
        onChange={(e) => setName(e.target.value)}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">{t("scopes")}</legend>
        {API_SCOPES.map((scope) => (
          <label key={scope} className="flex items-start gap-2 text-sm text-ink">
            <input
              type="checkbox"
              className="mt-0.5 h-4 w-4"
              checked={scopes.includes(scope)}
              onChange={() => toggle(scope)}
            />
            <span>
              {t(`scope.${scopeKey(scope)}.label`)}
              <span className="block text-xs text-ink-muted">{t(`scope.${scopeKey(scope)}.hint`)}</span>
            </span>
          </label>
        ))}
        {fieldError("scopes") ? <p className="text-sm text-danger">{fieldError("scopes")}</p> : null}
      </fieldset>
      <Button type="submit" disabled={create.isPending}>
        {t("create")}
      </Button>
    </form>
  );
}

/** `invoices:write` → `invoicesWrite`: message keys hold no colon. */
export function scopeKey(scope: ApiScope): string {
  return scope.replace(/:(\w)/, (_, c: string) => c.toUpperCase());
}
