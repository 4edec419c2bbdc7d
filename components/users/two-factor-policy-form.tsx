"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useTwoFactorPolicy } from "@/lib/hooks/two-factor";

/** Admins and managers always need a second factor; this extends it to finance and viewers. */
export function TwoFactorPolicyForm({ allRoles }: { allRoles: boolean }) {
  const t = useTranslations("auth.twoFactor");
  const save = useTwoFactorPolicy();
  const [checked, setChecked] = useState(allRoles);
  return (
    <form
      className="space-y-3 p-5"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(checked);
      }}
    >
      {save.error instanceof ApiRequestError ? (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
          {save.error.message}
        </p>
      ) : null}
      {save.isSuccess ? (
        <p role="status" className="rounded-lg bg-success-soft px-3 py-2 text-sm text-success">
          {t("saved")}
        </p>
      ) : null}
      <label className="flex items-start gap-3 text-sm text-ink">
        <input
          type="checkbox"
          name="allRoles"
          checked={checked}
          onChange={(e) => setChecked(e.target.checked)}
          className="mt-0.5 h-4 w-4"
        />
        <span>
          <span className="font-medium">{t("allRoles")}</span>
          <span className="mt-0.5 block text-xs text-ink-muted">{t("allRolesHint")}</span>
        </span>
      </label>
      <Button type="submit" variant="secondary" disabled={save.isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
