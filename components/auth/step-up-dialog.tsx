"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { isStepUpRequired, useStepUpCode } from "@/lib/hooks/two-factor";
import { CodeField } from "./code-field";

/**
 * Asks a fresh code when the server answered `step_up_required`, then lets the owner retry the
 * action it was asked for (`onProved`). The code is checked by the server; nothing is kept here.
 */
function StepUpDialog({
  open,
  onProved,
  onCancel,
}: {
  open: boolean;
  onProved: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("auth.twoFactor");
  const prove = useStepUpCode();
  const [code, setCode] = useState("");
  const error =
    prove.error instanceof ApiRequestError ? (prove.error.fields[0]?.message ?? prove.error.message) : null;
  const close = () => {
    setCode("");
    prove.reset();
  };
  return (
    <ConfirmDialog
      open={open}
      title={t("stepUpTitle")}
      confirmLabel={t("stepUpConfirm")}
      cancelLabel={t("cancel")}
      pending={prove.isPending}
      error={error}
      onConfirm={() =>
        prove.mutate(code, {
          onSuccess: () => {
            close();
            onProved();
          },
        })
      }
      onCancel={() => {
        close();
        onCancel();
      }}
    >
      <p className="mb-3 text-ink-muted">{t("stepUpBody")}</p>
      <CodeField
        name="step-up-code"
        inputMode="numeric"
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
    </ConfirmDialog>
  );
}

/**
 * For pages whose actions may be held back until a fresh code: `holdIfAsked(error, retry)` in the
 * action's onError opens the dialog when the server asked for a code, and the action is retried
 * once the code is proved. Render `dialog` once in the page.
 */
export function useStepUp(onCancel?: () => void) {
  const [heldBack, setHeldBack] = useState<(() => void) | null>(null);
  const holdIfAsked = (error: unknown, retry: () => void) => {
    if (isStepUpRequired(error)) setHeldBack(() => retry);
  };
  const dialog = (
    <StepUpDialog
      open={heldBack !== null}
      onProved={() => {
        const retry = heldBack;
        setHeldBack(null);
        retry?.();
      }}
      onCancel={() => {
        setHeldBack(null);
        onCancel?.();
      }}
    />
  );
  return { holdIfAsked, dialog };
}
