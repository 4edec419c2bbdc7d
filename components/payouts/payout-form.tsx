"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { AmountLimits } from "@/lib/ligdicash/amount-limits";
import { formatXof } from "@/lib/money";
import { findApprovalReasons } from "@/lib/payouts/approval-rules";
import type { BalanceAlert } from "@/lib/balance-alerts/get-balance-alerts";
import type { RefundContext } from "@/lib/payouts/refund-context";
import { STANDALONE_PURPOSES } from "@/lib/payouts/purposes";
import type { RequestPayoutBody, RequestPayoutInput } from "@/lib/payouts/schemas";
import type { ApprovalSettings } from "@/lib/settings/approval-settings";
import { detectOperator, normalizePhone } from "@/lib/phone";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useRequestPayout } from "@/lib/hooks/payouts";
import { useFormCheck } from "@/lib/hooks/use-form-check";
import { DestinationFields } from "./destination-fields";
import { PayoutSummary } from "./payout-summary";
import { RecipientFields } from "./recipient-fields";
import type * as SchemaModule from "@/lib/payouts/schemas";

/** The approval rules in force and what this person already sent without approval in 24 h. */
type ApprovalPreview = { settings: ApprovalSettings; sentWithoutApproval: number };
type Props = {
  refund: RefundContext | null;
  /** Each sub-account's known balance and its low-balance threshold. */
  balances: BalanceAlert[];
  approval: ApprovalPreview;
  limits: AmountLimits;
};
type Schemas = typeof SchemaModule;

/**
 * Refund (from a paid invoice) or standalone payout. Two steps: the form, then a summary that
 * names the number, the operator and the sub-account debited before anything is sent. The
 * idempotency key is made once per form, so a double click or a retry stores one payout. The
 * fields are checked by the route handler's own schema (loaded on the first submit), as you type
 * after that first submit.
 */
export function PayoutForm({ refund, balances, approval, limits }: Props) {
  const t = useTranslations("payouts.form");
  const tp = useTranslations("payouts");
  const tAll = useTranslations();
  const locale = useLocale() === "en" ? "en" : "fr";
  const router = useRouter();
  const submit = useRequestPayout();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [purpose, setPurpose] = useState<(typeof STANDALONE_PURPOSES)[number]>("supplier");
  const [amountText, setAmountText] = useState("");
  const [reason, setReason] = useState("");
  const [usePayer, setUsePayer] = useState(Boolean(refund?.payerPhone));
  const [phone, setPhone] = useState("");
  const [phoneConfirm, setPhoneConfirm] = useState("");
  const [destination, setDestination] = useState<"wallet" | "mobile_money">("wallet");
  const [keepInWallet, setKeepInWallet] = useState(true);
  const [schemas, setSchemas] = useState<Schemas | null>(null);
  const [review, setReview] = useState<RequestPayoutInput | null>(null);
  // A field the server refused keeps its words until it is edited (the browser cannot check those rules).
  const edit = (set: (v: string) => void) => (value: string) => {
    set(value);
    if (submit.isError) submit.reset();
  };

  const typed = !refund?.payerPhone || !usePayer;
  const body: RequestPayoutBody = {
    idempotencyKey,
    invoiceId: refund?.invoiceId,
    purpose: refund ? "refund" : purpose,
    amount: amountText,
    reason,
    destination,
    keepInWallet: destination === "wallet" ? keepInWallet : undefined,
    recipient: typed ? { source: "typed_twice", phone, phoneConfirm } : { source: "verified_payer" },
  };
  const checkWith = (loaded: Schemas) =>
    loaded
      .requestPayoutSchema(limits, (key, values) => tAll(key, values))
      .superRefine(
        (input, ctx) => {
          // The server decides again under the invoice's lock; this only spares a round trip.
          if (refund && typeof input.amount === "number" && input.amount > refund.remaining)
            ctx.addIssue({
              code: "custom",
              path: ["amount"],
              message: t("amountHint", { remaining: formatXof(refund.remaining, locale) }),
            });
        },
        { when: () => true },
      )
      .safeParse(body);
  const form = useFormCheck(() => (schemas ? checkWith(schemas) : null));
  const serverError = submit.error instanceof ApiRequestError ? submit.error : null;
  const errors: Record<string, string | undefined> = {
    ...Object.fromEntries((serverError?.fields ?? []).map((f) => [f.path, f.message])),
    ...form.errors,
  };

  const recipientPhone =
    refund?.payerPhone && usePayer ? refund.payerPhone : normalizePhone(phone).ok ? phone : null;
  const operator = recipientPhone ? detectOperator(recipientPhone) : null;
  const subAccount = balances.find((b) => b.operator === operator?.code);
  const balance = subAccount?.balance ?? null;

  async function onNext(event: FormEvent) {
    event.preventDefault();
    if (submit.isError) submit.reset();
    const loaded = schemas ?? (await import("@/lib/payouts/schemas"));
    setSchemas(loaded);
    const checked = form.submit(checkWith(loaded));
    if (checked?.ok) setReview(checked.value);
  }

  function onConfirm() {
    if (!review) return;
    submit.mutate(review, {
      onSuccess: ({ payout }) => router.push(`/payouts/${payout.id}`),
      onError: (error) => {
        if (error instanceof ApiRequestError && error.fields.length > 0) setReview(null);
      },
    });
  }

  if (review) {
    const reviewPhone = review.recipient.source === "verified_payer" ? (refund?.payerPhone ?? "") : phone;
    const normalized = normalizePhone(reviewPhone);
    // The server decides again under a lock; this only tells staff what to expect.
    const approvalReasons = findApprovalReasons(
      {
        amount: review.amount,
        sentWithoutApproval: approval.sentWithoutApproval,
        refundToOtherNumber: Boolean(refund) && (!normalized.ok || normalized.value !== refund?.payerPhone),
      },
      approval.settings,
    );
    return (
      <PayoutSummary
        input={review}
        name={refund && !typed ? refund.customerName : null}
        phone={reviewPhone}
        balance={balance}
        threshold={subAccount?.threshold ?? null}
        approvalReasons={approvalReasons}
        pending={submit.isPending || submit.isSuccess}
        error={serverError?.message ?? null}
        onEdit={() => setReview(null)}
        onConfirm={onConfirm}
      />
    );
  }
  return (
    <form onSubmit={(event) => void onNext(event)} className="space-y-5 p-5" noValidate>
      {Object.keys(form.errors).length > 0 || (serverError?.fields.length ?? 0) > 0 ? (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
          {serverError?.fields.find((f) => !f.path)?.message ?? t("fixErrors")}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {refund ? null : (
          <SelectField
            label={t("purpose")}
            name="purpose"
            value={purpose}
            onChange={(e) => setPurpose(e.target.value as typeof purpose)}
            options={STANDALONE_PURPOSES.map((p) => ({ value: p, label: tp(`purposes.${p}`) }))}
          />
        )}
        <div>
          <TextField
            label={t("amount")}
            name="amount"
            inputMode="numeric"
            autoComplete="off"
            value={amountText}
            onChange={(e) => edit(setAmountText)(e.target.value)}
            error={errors.amount}
            hint={refund ? t("amountHint", { remaining: formatXof(refund.remaining, locale) }) : undefined}
          />
          {refund ? (
            <button
              type="button"
              className="mt-1 text-xs font-medium text-brand-700 hover:underline"
              onClick={() => edit(setAmountText)(String(refund.remaining))}
            >
              {t("full")}
            </button>
          ) : null}
        </div>
      </div>
      <TextField
        label={t("reason")}
        name="reason"
        value={reason}
        onChange={(e) => edit(setReason)(e.target.value)}
        error={errors.reason}
        hint={t("reasonHint")}
        maxLength={500}
      />
      <RecipientFields
        payerPhone={refund?.payerPhone ?? null}
        usePayer={usePayer}
        onUsePayer={setUsePayer}
        phone={phone}
        phoneConfirm={phoneConfirm}
        onPhone={edit(setPhone)}
        onPhoneConfirm={edit(setPhoneConfirm)}
        errors={errors}
      />
      {operator ? (
        <p
          className="rounded-lg bg-surface-sunken px-3 py-2 text-sm text-ink"
          data-testid="debited-sub-account"
        >
          {t("debited")} <strong>{operator.name}</strong>
          {balance !== null ? (
            <span className="text-ink-muted">
              {" "}
              — {t("knownBalance", { balance: formatXof(balance, locale) })}
            </span>
          ) : null}
        </p>
      ) : null}
      <DestinationFields
        destination={destination}
        onDestination={setDestination}
        keepInWallet={keepInWallet}
        onKeepInWallet={setKeepInWallet}
      />
      {errors.keepInWallet ? <p className="text-xs text-danger">{errors.keepInWallet}</p> : null}
      <p className="text-xs text-ink-muted">
        {t("approvalNotice", {
          threshold: formatXof(approval.settings.approvalThreshold, locale),
          rollingTotal: formatXof(approval.settings.approvalRollingTotal, locale),
        })}
      </p>
      <Button type="submit">{t("next")}</Button>
    </form>
  );
}
