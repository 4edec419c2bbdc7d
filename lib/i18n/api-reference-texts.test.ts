import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/config";
import { apiDocument } from "@/lib/api-v1/openapi";
import { describeApi } from "@/lib/api-v1/reference/describe-api";
import { documentSentences } from "@/lib/api-v1/reference/text-keys";

type Tree = { [key: string]: string | Tree };
const documentTexts = (locale: string) =>
  (
    JSON.parse(
      readFileSync(
        path.join(import.meta.dirname, "..", "..", "messages", locale, "apiReference.json"),
        "utf8",
      ),
    ) as { document: Tree }
  ).document;
const has = (tree: Tree, dotted: string) =>
  typeof dotted.split(".").reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree) ===
  "string";

// The reference page shows a French reader nothing rather than the document's English: a sentence
// added to lib/api-v1/openapi.ts without its translation would silently vanish, so it fails here.
describe("the API reference's sentences from the OpenAPI document", () => {
  const sentences = documentSentences(describeApi(apiDocument({ minAmount: 100, maxAmount: 1_000_000 })));

  it("are many enough to mean something", () => {
    expect(sentences.length).toBeGreaterThan(10);
  });

  it.each(locales)(
    "each has its words in %s (messages/<locale>/apiReference.json, key document.…)",
    (locale) => {
      const texts = documentTexts(locale);
      const missing = sentences
        .filter((sentence) => !sentence.keys.some((key) => has(texts, key)))
        .map((sentence) => `${sentence.keys[0]} («${sentence.english}»)`);
      expect(missing).toEqual([]);
    },
  );
});
