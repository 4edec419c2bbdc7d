/**
 * HTML built as text for the customer pages (served without React: app/pay/**). Every value put
 * into a `html` template is escaped unless it is itself markup made by `html` (or `trustedHtml`,
 * for Caisse's own constants), so a name, a description or an id typed by anyone cannot open a
 * tag, close an attribute or start a script. Attributes must be written in double quotes.
 */

const ESCAPED: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPED[char] ?? char);
}

/** Markup already safe to send: only `html` and `trustedHtml` make one. */
export class SafeHtml {
  readonly #markup: string;
  constructor(markup: string) {
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

/** What a template may hold: text (escaped), markup, nothing (null, undefined, false), or a list. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** `html\`<p>${name}</p>\`` — the template's own text as written, every value escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? "";
  values.forEach((value, index) => {
    markup += render(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(markup);
}

/** Markup written by Caisse itself (a stylesheet, a script, a message whose values were escaped). */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
