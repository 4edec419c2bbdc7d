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
  it("gives a check in order one line and any other three, between a heading and a footer", () => {
    const unknown = goLiveSummaryLines(
      CHECK_IDS.map((id) => check(id, "unknown", "check_failed")),
      translators,
    );
    expect(unknown).toHaveLength(2 + 3 * CHECK_IDS.length);
    const ready = CHECK_IDS.map((id) => check(id, "ok", "check_failed"));
    ready[1] = check(CHECK_IDS[1], "fail", "check_failed");
    const lines = goLiveSummaryLines(ready, translators);
    expect(lines).toHaveLength(2 + CHECK_IDS.length + 2);
    expect(lines[2]).toMatch(/^ {2}✕ /);
    expect(lines[3]).toMatch(/^ {6}\S/);
    expect(lines[5]).toMatch(/^ {2}✓ /);
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
