import type { Permission } from "@/lib/auth/permissions";
import type { IconName } from "./icons";

/** Staff navigation: one entry per dashboard section, shown only to roles that may open it. */
export const navItems: readonly { href: string; labelKey: string; icon: IconName; permission: Permission }[] =
  [
    { href: "/", labelKey: "overview", icon: "grid", permission: "overview:read" },
    { href: "/invoices", labelKey: "invoices", icon: "receipt", permission: "invoices:read" },
    { href: "/payouts", labelKey: "payouts", icon: "send", permission: "payouts:read" },
    { href: "/payout-batches", labelKey: "payoutBatches", icon: "list", permission: "payouts:request" },
    { href: "/transactions", labelKey: "transactions", icon: "table", permission: "ledger:read" },
    { href: "/ledger", labelKey: "ledger", icon: "book", permission: "ledger:read" },
    { href: "/callbacks", labelKey: "callbacks", icon: "bell", permission: "callbacks:read" },
    { href: "/audit", labelKey: "audit", icon: "list", permission: "audit:read" },
    { href: "/users", labelKey: "users", icon: "users", permission: "users:manage" },
    { href: "/go-live", labelKey: "goLive", icon: "shield", permission: "go-live:check" },
    { href: "/api-keys", labelKey: "apiKeys", icon: "key", permission: "api-keys:manage" },
    { href: "/webhooks", labelKey: "webhooks", icon: "send", permission: "webhooks:manage" },
    { href: "/api-reference", labelKey: "apiReference", icon: "code", permission: "api-keys:manage" },
    { href: "/account/security", labelKey: "security", icon: "shield", permission: "account:security" },
  ];
