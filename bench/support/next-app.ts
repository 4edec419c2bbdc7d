import { spawn, type ChildProcess } from "node:child_process";
import { DEFAULT_API_KEY, DEFAULT_AUTH_TOKEN } from "@/simulator/server";

/**
 * The start command a person runs (`scripts/start.ts` → production build, `next start`,
 * background jobs on), on the benchmark's database and simulator. Builds first when the sources
 * changed (~1 min). Resolves once `/api/health` answers.
 */
export type NextApp = {
  origin: string;
  child: ChildProcess;
  /** SIGTERM, then waits for the exit (graceful shutdown of the jobs). */ stop(): Promise<void>;
};

export async function startNext(databaseUrl: string, simulatorUrl: string): Promise<NextApp> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      LIGDICASH_BASE_URL: simulatorUrl,
      LIGDICASH_API_KEY: DEFAULT_API_KEY,
      LIGDICASH_AUTH_TOKEN: DEFAULT_AUTH_TOKEN,
      PORT: String(port),
      CAISSE_PUBLIC_URL: origin,
      CAISSE_DATA_DIR: `/tmp/caisse-bench-${port}`,
    },
    // The app's own log only when asked (BENCH_APP_LOG=1): it would drown the figures.
    stdio: ["ignore", process.env.BENCH_APP_LOG === "1" ? "inherit" : "ignore", "inherit"],
  });
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`start command exited ${child.exitCode}`);
    const up = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up)
      return {
        origin,
        child,
        stop: async () => {
          if (child.exitCode !== null) return;
          const exited = new Promise((resolve) => child.once("exit", resolve));
          child.kill("SIGTERM");
          await exited;
        },
      };
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGKILL");
  throw new Error("the start command did not answer within 5 minutes");
}
