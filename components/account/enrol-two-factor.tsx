"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CodeField } from "@/components/auth/code-field";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useConfirmEnrolment, useStartEnrolment } from "@/lib/hooks/two-factor";

function errorText(error: unknown): string | null {
  if (!(error instanceof ApiRequestError)) return null;
  return error.fields[0]?.message ?? error.message;
}

/** Scan, confirm with a first code, keep the recovery codes: the secret is shown during this page only. */
export function EnrolTwoFactor() {
  const t = useTranslations("auth.twoFactor");
  const router = useRouter();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const [code, setCode] = useState("");
  const enrolment = start.data;
  const recoveryCodes = confirm.data?.recoveryCodes;

  function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    confirm.mutate(code);
  }

  if (recoveryCodes)
    return (
      <div className="space-y-4 p-5">
        <h2 className="text-sm font-semibold text-ink">{t("codesTitle")}</h2>
        <p className="text-sm text-ink-muted">{t("codesHint")}</p>
        <ul
          data-testid="recovery-codes"
          className="grid grid-cols-1 gap-2 rounded-lg bg-surface-sunken p-4 font-mono text-sm text-ink sm:grid-cols-2"
        >
          {recoveryCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <Button
          onClick={() => {
            router.replace("/");
            router.refresh();
          }}
        >
          {t("done")}
        </Button>
      </div>
    );

  if (!enrolment)
    return (
      <div className="space-y-3 p-5">
        {errorText(start.error) ? (
          <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
            {errorText(start.error)}
          </p>
        ) : null}
        <Button onClick={() => start.mutate()} disabled={start.isPending}>
          {t("start")}
        </Button>
      </div>
    );

  const confirmError = errorText(confirm.error);
  return (
    <div className="grid gap-6 p-5 md:grid-cols-2">
      <div className="space-y-3">
        <h2 className="text-sm font-semibold text-ink">{t("scanTitle")}</h2>
        <p className="text-sm text-ink-muted">{t("scanHint")}</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
        <img
          src={enrolment.qrDataUrl}
          alt={t("qrAlt")}
          width={200}
          height={200}
          className="rounded-lg border border-surface-line bg-white p-2"
          data-otpauth-uri={enrolment.uri}
          data-testid="totp-qr"
        />
        <p className="text-sm text-ink-muted">{t("manualKey")}</p>
        <p data-testid="totp-secret" className="font-mono text-sm text-ink [overflow-wrap:anywhere]">
          {enrolment.secret}
        </p>
      </div>
      <form onSubmit={onConfirm} className="space-y-3" noValidate>
        <h2 className="text-sm font-semibold text-ink">{t("confirmTitle")}</h2>
        <CodeField
          name="code"
          inputMode="numeric"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={confirmError ?? undefined}
        />
        <Button type="submit" disabled={confirm.isPending}>
          {t("confirm")}
        </Button>
      </form>
    </div>
  );
}
