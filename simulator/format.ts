// French formatting for the checkout page.

const grouping = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });

/** `12 500 FCFA`: French grouping (narrow no-break space U+202F), no-break space before FCFA. */
export function formatXof(amount: number): string {
  return `${grouping.format(amount)}\u00a0FCFA`;
}

// One escaping rule for every page Caisse writes as text (lib/html/escape-html.ts).
export { escapeHtml } from "../lib/html/escape-html";
