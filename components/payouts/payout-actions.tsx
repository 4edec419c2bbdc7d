"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useStepUp } from "@/components/auth/step-up-dialog";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/text-field";
import { formatXof } from "@/lib/money";
import type { ViewedPayoutDetail } from "@/lib/payouts/allowed-actions";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { usePayoutAction, type PayoutActionName } from "@/lib/hooks/payouts";
import { isStepUpRequired } from "@/lib/hooks/two-factor";
import { PayoutConfirmFacts } from "./payout-confirm-facts";

type Props = { detail: ViewedPayoutDetail };

/** The actions that move money or withdraw a request: each waits for a confirmation that shows the facts. */
type Confirmed = Extract<PayoutActionName, "approve" | "send" | "mobile-money" | "cancel">;
const CONFIRM_TEXT = {
  approve: "approve",
  send: "send",
  "mobile-money": "mobileMoney",
  cancel: "cancel",
} as const satisfies Record<Confirmed, string>;

/** What the viewer may do with the payout, as the server says (allowedActions). None of these ever
 * sends a payout twice. */
export function PayoutActions({ detail }: Props) {
  const t = useTranslations("payouts.detail");
  const tc = useTranslations("payouts.confirm");
  const locale = useLocale() === "en" ? "en" : "fr";
  const router = useRouter();
  const { payout } = detail;
  const action = usePayoutAction(payout.id);
  const [note, setNote] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirmed | null>(null);
  // Approving and resolving may be held back until a fresh code is proved; retried once it is.
  const stepUp = useStepUp(() => action.reset());
  const error =
    action.error instanceof ApiRequestError && !isStepUpRequired(action.error) ? action.error : null;
  const errorText = error ? (error.fields[0]?.message ?? error.message) : null;
  const run = (name: PayoutActionName, outcome?: "completed" | "notcompleted") => {
    setNotice(null);
    action.mutate(
      { action: name, note: note.trim() || undefined, outcome },
      {
        onSuccess: ({ payout: next }) => {
          setConfirming(null);
          if (name === "verify") setNotice(t("verified"));
          if (name === "mobile-money") router.push(`/payouts/${next.id}`);
        },
        onError: (failure) => stepUp.holdIfAsked(failure, () => run(name, outcome)),
      },
    );
  };
  const ask = (name: Confirmed) => {
    action.reset();
    setConfirming(name);
  };

  const allowed = payout.allowedActions;
  if (!Object.values(allowed).some(Boolean)) return null;
  const amount = formatXof(payout.amount, locale);

  return (
    <div className="space-y-3 border-t border-surface-line p-5">
      {errorText && !confirming ? (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
          {errorText}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="rounded-lg bg-success-soft px-3 py-2 text-sm text-success">
          {notice}
        </p>
      ) : null}
      {allowed.ownRequest ? <p className="text-sm text-ink-muted">{t("ownRequest")}</p> : null}
      {allowed.cancel ? (
        <div>
          <Button variant="secondary" onClick={() => ask("cancel")} disabled={action.isPending}>
            {t("cancel")}
          </Button>
          <p className="mt-1 text-xs text-ink-muted">{t("cancelHint")}</p>
        </div>
      ) : null}
      {allowed.decide ? (
        <div className="flex flex-wrap items-end gap-3">
          <TextField
            label={t("rejectNote")}
            name="note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            className="w-full sm:min-w-64 sm:flex-1"
            maxLength={500}
          />
          <Button onClick={() => ask("approve")} disabled={action.isPending}>
            {t("approve")}
          </Button>
          <Button variant="danger" onClick={() => run("reject")} disabled={action.isPending}>
            {t("reject")}
          </Button>
        </div>
      ) : null}
      {allowed.send ? (
        <Button onClick={() => ask("send")} disabled={action.isPending}>
          {t("sendNow")}
        </Button>
      ) : null}
      {allowed.verify ? (
        <Button variant="secondary" onClick={() => run("verify")} disabled={action.isPending}>
          {t("verifyNow")}
        </Button>
      ) : null}
      {allowed.mobileMoneyInstead ? (
        <div>
          <Button onClick={() => ask("mobile-money")} disabled={action.isPending}>
            {t("mobileMoneyInstead")}
          </Button>
          <p className="mt-1 text-xs text-ink-muted">{t("mobileMoneyInsteadHint")}</p>
        </div>
      ) : null}
      {allowed.ownResolution ? <p className="text-sm text-ink-muted">{t("ownResolution")}</p> : null}
      {allowed.resolve ? (
        <fieldset className="space-y-2 rounded-lg border border-surface-line p-3">
          <legend className="px-1 text-sm font-medium text-ink">{t("resolveTitle")}</legend>
          <TextField
            label={t("resolveNote")}
            name="resolveNote"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={500}
          />
          <div className="flex flex-wrap gap-3">
            <Button
              variant="secondary"
              onClick={() => run("resolve", "completed")}
              disabled={action.isPending}
            >
              {t("markCompleted")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => run("resolve", "notcompleted")}
              disabled={action.isPending}
            >
              {t("markFailed")}
            </Button>
          </div>
          <p className="text-xs text-ink-muted">{t("resolveHint")}</p>
        </fieldset>
      ) : null}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? tc(`${CONFIRM_TEXT[confirming]}.title`) : ""}
        confirmLabel={confirming ? tc(`${CONFIRM_TEXT[confirming]}.confirm`, { amount }) : ""}
        cancelLabel={confirming === "cancel" ? tc("keep") : tc("back")}
        tone={confirming === "cancel" ? "danger" : "primary"}
        pending={action.isPending}
        error={confirming ? errorText : null}
        onConfirm={() => confirming && run(confirming)}
        onCancel={() => setConfirming(null)}
      >
        <PayoutConfirmFacts detail={detail} moving={confirming !== "cancel"} />
        {confirming ? <p className="mt-3 text-ink-muted">{tc(`${CONFIRM_TEXT[confirming]}.body`)}</p> : null}
      </ConfirmDialog>
      {stepUp.dialog}
    </div>
  );
}
