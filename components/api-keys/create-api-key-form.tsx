"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useStepUp } from "@/components/auth/step-up-dialog";
import { RequestError } from "@/components/ui/request-error";
import { SecretOnce, toggled } from "@/components/ui/secret-once";
import { TextField } from "@/components/ui/text-field";
import { API_SCOPES, type ApiScope } from "@/lib/api-keys/scopes";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { isStepUpRequired } from "@/lib/hooks/two-factor";
import { useCreateApiKey } from "@/lib/hooks/api-keys";

/** A new key: a name, its scopes; then its secret, shown here once and never again. */
export function CreateApiKeyForm() {
  const t = useTranslations("apiKeys");
  const create = useCreateApiKey();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiScope[]>(["invoices:write", "read"]);
  const stepUp = useStepUp(() => create.reset());
  const error =
    create.error instanceof ApiRequestError && !isStepUpRequired(create.error) ? create.error : null;
  const fieldError = (path: string) => error?.fields.find((f) => f.path === path)?.message;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send();
  }
  function send() {
    create.mutate(
      { name, scopes },
      { onSuccess: () => setName(""), onError: (failure) => stepUp.holdIfAsked(failure, send) },
    );
  }

  const toggle = (scope: ApiScope) => setScopes((all) => toggled(all, scope));

  return (
    <form onSubmit={onSubmit} className="space-y-4 p-5" noValidate>
      <RequestError error={error} fixFields={t("fixErrors")} />
      {create.data ? (
        <SecretOnce
          secret={create.data.secret}
          title={t("secretOnce", { name: create.data.key.name })}
          copyLabel={t("copy")}
          copiedLabel={t("copied")}
          testId="api-key-secret"
        />
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
      {stepUp.dialog}
    </form>
  );
}

/** `invoices:write` → `invoicesWrite`: message keys hold no colon. */
export function scopeKey(scope: ApiScope): string {
  return scope.replace(/:(\w)/, (_, c: string) => c.toUpperCase());
}
