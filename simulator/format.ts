// French formatting for the checkout page.

const grouping = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });

/** `12 500 FCFA`: French grouping (narrow no-break space U+202F), no-break space before FCFA. */
export function formatXof(amount: number): string {
  return `${grouping.format(amount)}\u00a0FCFA`;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}
