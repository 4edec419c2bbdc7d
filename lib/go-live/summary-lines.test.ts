import { beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/config";
import type { Translator } from "@/lib/i18n/error-text";
import { loadTranslators } from "@/test/support/translators";
import { checkPublicUrl } from "./check-public-url";
import { checkSimulator } from "./check-simulator";
import { logGoLiveCheck } from "./log-at-start-up";
import { goLiveSummaryLines } from "./summary-lines";
import { CHECK_IDS, check } from "./types";

let translators: Record<Locale, Translator>;
beforeAll(async () => {
  translators = await loadTranslators();
});

describe("goLiveSummaryLines", () => {
  it("fits one screen: a heading, three lines per check, a footer", () => {
    const results = CHECK_IDS.map((id) => check(id, "unknown", "check_failed"));
    const lines = goLiveSummaryLines(results, translators);
    expect(lines).toHaveLength(2 + 3 * CHECK_IDS.length);
    expect(lines.length).toBeLessThanOrEqual(32);
  });

  it("says in French then English what fails and why", () => {
    const lines = goLiveSummaryLines(
      [
        checkSimulator({ simulator: true, baseUrl: "http://127.0.0.1:4010/pay/v01/" }),
        checkPublicUrl("http://localhost:3000"),
      ],
      translators,
    );
    expect(lines[0]).toBe("── Vérification de mise en production / Go-live check ──");
    expect(lines[1]).toBe("  ! Connexion à LigdiCash — À surveiller / To watch");
    expect(lines[4]).toBe("  ✕ Adresse publique et URL de notification — Échec / Failed");
    expect(lines[5]).toContain("localhost désigne cette machine elle-même");
    expect(lines[6]).toContain("localhost is this machine itself");
  });
});

describe("logGoLiveCheck", () => {
  it("never throws: a failure becomes one log line", async () => {
    const logged: string[] = [];
    await expect(
      logGoLiveCheck(
        () => Promise.reject(new Error("messages unreadable")),
        (line) => logged.push(line),
      ),
    ).resolves.toBeUndefined();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^\[caisse\] go-live check not run at start-up/);
  });
});
