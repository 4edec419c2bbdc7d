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

const RESTART_DELAY_MS = 2_000;

/**
 * Runs the verifier process (scripts/verifier.ts) and starts it again if it ever stops on its
 * own: the app keeps answering LigdiCash meanwhile, and what was stored in between waits as
 * `received` for the verifier's sweeper.
 */
export function superviseVerifier(root: string, env: NodeJS.ProcessEnv): { stop(): Promise<void> } {
  let child: ChildProcess;
  let stopping = false;
  const start = () => {
    child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts", "verifier.ts")],
      { cwd: root, stdio: "inherit", env },
    );
    child.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(
        `[caisse] the verifier stopped (${signal ?? `code ${code}`}); restarting it in ${RESTART_DELAY_MS / 1000} s`,
      );
      setTimeout(start, RESTART_DELAY_MS);
    });
  };
  start();
  return {
    stop: async () => {
      stopping = true;
      await stopChild(child);
    },
  };
}
