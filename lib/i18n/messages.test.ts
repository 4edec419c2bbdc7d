import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales, namespaces } from "@/i18n/config";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { ERROR_STATUS } from "@/lib/http/app-error";
import { INVOICE_DISPLAY_STATES } from "@/lib/invoices/display-state";

type Tree = { [key: string]: string | Tree };
const load = (locale: string, ns: string): Tree =>
  JSON.parse(
    readFileSync(path.join(import.meta.dirname, "..", "..", "messages", locale, `${ns}.json`), "utf8"),
  ) as Tree;

/** Every leaf as a dotted path: "reverse.refused.is_reversal". */
function leaves(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
}

const lookup = (tree: Tree, dotted: string): unknown =>
  dotted.split(".").reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);

// A key missing in one language shows its raw name to the person using it: caught here, not in a page.
describe("messages", () => {
  it.each(namespaces)("%s: French and English have exactly the same keys, none empty", (ns) => {
    const [fr, en] = locales.map((locale) => load(locale, ns));
    expect(leaves(en!).sort()).toEqual(leaves(fr!).sort());
    for (const [locale, tree] of [
      ["fr", fr!],
      ["en", en!],
    ] as const)
      for (const key of leaves(tree))
        expect(String(lookup(tree, key)).trim(), `${locale}/${ns}: ${key}`).not.toBe("");
  });

  it("every error code has its message", () => {
    for (const locale of locales) {
      const errors = load(locale, "errors");
      for (const code of Object.keys(ERROR_STATUS))
        expect(typeof lookup(errors, code), `${locale}: ${code}`).toBe("string");
    }
  });

  it("every invoice display state has its label, and every refusal to revoke its reason", () => {
    for (const locale of locales) {
      const [status, invoices] = [load(locale, "status"), load(locale, "invoices")];
      for (const state of INVOICE_DISPLAY_STATES) {
        expect(typeof lookup(status, `invoiceState.${state}`), `${locale}: ${state}`).toBe("string");
        // Only a link awaiting payment can be revoked (lib/invoices/revoke-invoice.ts).
        if (state !== "awaiting_payment")
          expect(typeof lookup(invoices, `revokeRefused.${state}`), `${locale}: ${state}`).toBe("string");
      }
    }
  });

  it("every audited action has its label", () => {
    for (const locale of locales) {
      const audit = load(locale, "audit");
      for (const action of AUDIT_ACTIONS)
        expect(typeof lookup(audit, `actions.${action}`), `${locale}: ${action}`).toBe("string");
    }
  });
});
