"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { ViewedPayoutDto } from "@/lib/payouts/allowed-actions";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { usePayoutAction } from "@/lib/hooks/payouts";

type Props = { payout: ViewedPayoutDto };

/** What the viewer may do with the payout, as the server says (allowedActions). None of these ever
 * sends a payout twice. */
export function PayoutActions({ payout }: Props) {
  const t = useTranslations("payouts.detail");
  const router = useRouter();
  const action = usePayoutAction(payout.id);
  const [note, setNote] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const error = action.error instanceof ApiRequestError ? action.error : null;
  const run = (
    name: "approve" | "reject" | "verify" | "send" | "mobile-money" | "resolve",
    outcome?: "completed" | "notcompleted",
  ) => {
    setNotice(null);
    action.mutate(
      { action: name, note: note.trim() || undefined, outcome },
      {
        onSuccess: ({ payout: next }) => {
          if (name === "verify") setNotice(t("verified"));
          if (name === "mobile-money") router.push(`/payouts/${next.id}`);
        },
      },
    );
  };

  const allowed = payout.allowedActions;
  if (!Object.values(allowed).some(Boolean)) return null;

  return (
    <div className="space-y-3 border-t border-surface-line p-5">
      {error ? (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
          {error.fields[0]?.message ?? error.message}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="rounded-lg bg-success-soft px-3 py-2 text-sm text-success">
          {notice}
        </p>
      ) : null}
      {allowed.ownRequest ? <p className="text-sm text-ink-muted">{t("ownRequest")}</p> : null}
      {allowed.decide ? (
        <div className="flex flex-wrap items-end gap-3">
          <TextField
            label={t("rejectNote")}
            name="note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            className="min-w-64 flex-1"
            maxLength={500}
          />
          <Button onClick={() => run("approve")} disabled={action.isPending}>
            {t("approve")}
          </Button>
          <Button variant="danger" onClick={() => run("reject")} disabled={action.isPending}>
            {t("reject")}
          </Button>
        </div>
      ) : null}
      {allowed.send ? (
        <Button onClick={() => run("send")} disabled={action.isPending}>
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
          <Button onClick={() => run("mobile-money")} disabled={action.isPending}>
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
    </div>
  );
}
