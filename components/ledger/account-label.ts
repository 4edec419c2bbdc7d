import { operatorLabel } from "@/components/transactions/operator-label";

/**
 * A ledger account in words. The keys (`operator:orange_bf`, `counterparty:customers`,
 * `counterparty:payees`) are how lib/ledger posts; a merchant reads "Sous-compte Orange Money".
 * Every page that lists ledger entries (ledger, transaction detail, payout history) asks here.
 */
type LedgerTranslator = (key: string, values?: Record<string, string>) => string;

export function accountLabel(account: string, t: LedgerTranslator): string {
  if (account.startsWith("operator:"))
    return t("accounts.operator", { operator: operatorLabel(account.slice("operator:".length)) });
  if (account === "counterparty:customers") return t("accounts.customers");
  if (account === "counterparty:payees") return t("accounts.payees");
  return t("otherAccount");
}
