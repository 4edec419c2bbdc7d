"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useStepUp } from "@/components/auth/step-up-dialog";
import { RequestError } from "@/components/ui/request-error";
import { SecretOnce, toggled } from "@/components/ui/secret-once";
import { TextField } from "@/components/ui/text-field";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { isStepUpRequired } from "@/lib/hooks/two-factor";
import { useCreateEndpoint } from "@/lib/hooks/webhooks";
import { WEBHOOK_EVENTS, type WebhookEventType } from "@/lib/webhooks/event-types";
import { eventKey } from "./event-label";

export function CreateEndpointForm() {
  const t = useTranslations("webhooks");
  const create = useCreateEndpoint();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<WebhookEventType[]>(["invoice.paid"]);
  const [allowPrivateNetwork, setAllowPrivate] = useState(false);
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
      { url, description, events, allowPrivateNetwork },
      {
        onSuccess: () => {
          setUrl("");
          setDescription("");
        },
        onError: (failure) => stepUp.holdIfAsked(failure, send),
      },
    );
  }
  const toggle = (type: WebhookEventType) => setEvents((all) => toggled(all, type));

  return (
    <form onSubmit={onSubmit} className="space-y-4 p-5" noValidate>
      <RequestError error={error} fixFields={t("fixErrors")} />
      {create.data ? (
        <SecretOnce
          secret={create.data.secret}
          title={t("secretOnce", { url: create.data.endpoint.url })}
          copyLabel={t("copy")}
          copiedLabel={t("copied")}
          testId="webhook-secret"
        />
      ) : null}
      <TextField
        label={t("url")}
        name="url"
        type="url"
        inputMode="url"
        value={url}
        required
        autoComplete="off"
        hint={t("urlHint")}
        error={fieldError("url")}
        onChange={(e) => setUrl(e.target.value)}
      />
      <TextField
        label={t("description")}
        name="description"
        value={description}
        autoComplete="off"
        error={fieldError("description")}
        onChange={(e) => setDescription(e.target.value)}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">{t("events")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {WEBHOOK_EVENTS.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm text-ink">
              <input
                type="checkbox"
                className="h-4 w-4"
                checked={events.includes(type)}
                onChange={() => toggle(type)}
              />
              {t(`event.${eventKey(type)}`)}
            </label>
          ))}
        </div>
        {fieldError("events") ? <p className="text-sm text-danger">{fieldError("events")}</p> : null}
      </fieldset>
      <label className="flex items-start gap-2 text-sm text-ink">
        <input
          type="checkbox"
          className="mt-0.5 h-4 w-4"
          checked={allowPrivateNetwork}
          onChange={(e) => setAllowPrivate(e.target.checked)}
        />
        <span>
          {t("allowPrivate")}
          <span className="block text-xs text-ink-muted">{t("allowPrivateHint")}</span>
        </span>
      </label>
      <Button type="submit" disabled={create.isPending}>
        {t("create")}
      </Button>
      {stepUp.dialog}
    </form>
  );
}
