import { describe, expect, it } from "vitest";
import { escapeHtml, html, SafeHtml, trustedHtml } from "./escape-html";

describe("escapeHtml", () => {
  it("escapes the five characters that end text or a quoted attribute", () => {
    expect(escapeHtml(`<b a="1">'&`)).toBe("&lt;b a=&quot;1&quot;&gt;&#39;&amp;");
  });

  it("leaves ordinary text, accents and non-breaking spaces as they are", () => {
    expect(escapeHtml("Compaoré — 12\u202f500\u00a0FCFA")).toBe("Compaoré — 12\u202f500\u00a0FCFA");
  });

  it("escapes an already escaped entity again, so it reads as typed", () => {
    expect(escapeHtml("&lt;")).toBe("&amp;lt;");
  });
});

describe("html", () => {
  const hostile = [
    `</p><script>alert(1)</script>`,
    `" onmouseover="alert(1)`,
    `' autofocus onfocus='alert(1)`,
    `</template><script>alert(1)</script>`,
    `<!-- `,
    `<img src=x onerror=alert(1)>`,
  ];

  it.each(hostile)("keeps a hostile value inert in text and in an attribute: %s", (value) => {
    const markup = html`<p title="${value}">${value}</p>`.toString();
    expect(markup).not.toMatch(/<script|<img|<\/template|<!--/);
    // Attribute values cannot be closed early: the only double quotes are the template's own two.
    expect(markup.match(/"/g)).toHaveLength(2);
    expect(markup.match(/'/g)).toBeNull();
    expect(markup.startsWith('<p title="')).toBe(true);
    expect(markup.endsWith("</p>")).toBe(true);
  });

  it("reads back as the text that went in", () => {
    const value = `Beurre "karité" <500 g> & co'`;
    const markup = html`<span>${value}</span>`.toString();
    const decoded = markup
      .slice("<span>".length, -"</span>".length)
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
    expect(decoded).toBe(value);
  });

  it("does not escape markup made by html again (nesting), but escapes what is inside it", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`<p>${inner}</p>`.toString()).toBe("<p><b>&lt;i&gt;</b></p>");
  });

  it("joins lists, escaping each text and keeping each markup", () => {
    const items = ["<a>", html`<li>ok</li>`, ["&", html`<br />`]];
    expect(html`${items}`.toString()).toBe("&lt;a&gt;<li>ok</li>&amp;<br />");
  });

  it("writes nothing for null, undefined and false, and numbers as digits", () => {
    expect(html`[${null}${undefined}${false}${0}${12.5}]`.toString()).toBe("[012.5]");
  });

  it("trusts only trustedHtml: a string that looks like markup is still text", () => {
    expect(html`${trustedHtml("<style>a{}</style>")}`.toString()).toBe("<style>a{}</style>");
    expect(html`${"<style>a{}</style>"}`.toString()).toBe("&lt;style&gt;a{}&lt;/style&gt;");
    expect(trustedHtml("<b>")).toBeInstanceOf(SafeHtml);
  });

  it("cannot be fooled by an object that only looks like safe markup", () => {
    const impostor = { toString: () => "<script>alert(1)</script>" } as unknown as string;
    expect(html`${impostor}`.toString()).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
