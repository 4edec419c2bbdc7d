import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** SIGTERM, then up to 15 s for the process to finish what it is doing, then SIGKILL. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(killer);
}

const FIRST_RESTART_DELAY_MS = 2_000;
const MAX_RESTART_DELAY_MS = 60_000;
/** A verifier that ran this long before stopping was healthy: the next restart is quick again. */
const HEALTHY_RUN_MS = 60_000;

/**
 * How long to wait before starting the verifier again. A process that dies at once (a bad
 * configuration, a database refusing it) would otherwise be restarted every 2 s forever, flooding
 * the log: each quick death doubles the wait, up to a minute; a run that lasted resets it.
 */
export function nextRestartDelay(previousDelayMs: number | null, ranForMs: number): number {
  if (previousDelayMs === null || ranForMs >= HEALTHY_RUN_MS) return FIRST_RESTART_DELAY_MS;
  return Math.min(previousDelayMs * 2, MAX_RESTART_DELAY_MS);
}

/**
 * Runs the verifier process (scripts/verifier.ts) and starts it again if it ever stops on its
 * own: the app keeps answering LigdiCash meanwhile, and what was stored in between waits as
 * `received` for the verifier's sweeper.
 */
export function superviseVerifier(root: string, env: NodeJS.ProcessEnv): { stop(): Promise<void> } {
  let child: ChildProcess;
  let stopping = false;
  let delay: number | null = null;
  let restart: NodeJS.Timeout | undefined;
  const start = () => {
    if (stopping) return;
    const startedAt = Date.now();
    child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts", "verifier.ts")],
      { cwd: root, stdio: "inherit", env },
    );
    child.on("exit", (code, signal) => {
      if (stopping) return;
      delay = nextRestartDelay(delay, Date.now() - startedAt);
      console.error(
        `[caisse] the verifier stopped (${signal ?? `code ${code}`}); restarting it in ${delay / 1000} s`,
      );
      restart = setTimeout(start, delay);
    });
  };
  start();
  return {
    stop: async () => {
      // A restart still waiting must not spawn a verifier after the start command has let go of it.
      stopping = true;
      clearTimeout(restart);
      await stopChild(child);
    },
  };
}
