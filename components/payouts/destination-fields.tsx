"use client";

import { useTranslations } from "next-intl";

type Destination = "wallet" | "mobile_money";
type Props = {
  destination: Destination;
  onDestination: (d: Destination) => void;
  keepInWallet: boolean;
  onKeepInWallet: (v: boolean) => void;
};

const card = (active: boolean) =>
  `flex cursor-pointer items-start gap-2 rounded-lg border p-3 text-sm ${active ? "border-brand-500 bg-brand-50 ring-1 ring-brand-300" : "border-surface-line bg-surface"}`;
const radio = "mt-0.5 h-4 w-4 accent-brand-700";

/** Client payout to the LigdiCash wallet (with top_up_wallet explained) or merchant payout to mobile money. */
export function DestinationFields({ destination, onDestination, keepInWallet, onKeepInWallet }: Props) {
  const t = useTranslations("payouts.form");
  return (
    <fieldset className="space-y-3">
      <legend className="mb-1 text-sm font-medium text-ink">{t("destination")}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className={card(destination === "wallet")}>
          <input
            type="radio"
            name="destination"
            value="wallet"
            className={radio}
            checked={destination === "wallet"}
            onChange={() => onDestination("wallet")}
          />
          <span>
            <span className="font-medium text-ink">{t("walletTitle")}</span>
            <span className="block text-xs text-ink-muted">{t("walletHint")}</span>
          </span>
        </label>
        <label className={card(destination === "mobile_money")}>
          <input
            type="radio"
            name="destination"
            value="mobile_money"
            className={radio}
            checked={destination === "mobile_money"}
            onChange={() => onDestination("mobile_money")}
          />
          <span>
            <span className="font-medium text-ink">{t("mobileMoneyTitle")}</span>
            <span className="block text-xs text-ink-muted">{t("mobileMoneyHint")}</span>
          </span>
        </label>
      </div>
      {destination === "wallet" ? (
        <fieldset className="rounded-lg bg-surface-sunken p-3">
          <legend className="sr-only">{t("topUpQuestion")}</legend>
          <p className="mb-2 text-sm text-ink">{t("topUpQuestion")}</p>
          <label className="flex items-start gap-2 text-sm text-ink">
            <input
              type="radio"
              name="topUp"
              className={radio}
              checked={keepInWallet}
              onChange={() => onKeepInWallet(true)}
            />
            <span>
              {t("keep")} <span className="block text-xs text-ink-muted">{t("keepHint")}</span>
            </span>
          </label>
          <label className="mt-2 flex items-start gap-2 text-sm text-ink">
            <input
              type="radio"
              name="topUp"
              className={radio}
              checked={!keepInWallet}
              onChange={() => onKeepInWallet(false)}
            />
            <span>
              {t("forward")} <span className="block text-xs text-ink-muted">{t("forwardHint")}</span>
            </span>
          </label>
        </fieldset>
      ) : null}
    </fieldset>
  );
}
