import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { verifierChannel } from "@/lib/callbacks/verifier-channel";
import { stopChild } from "@/scripts/lib/child-process";
import { withTestDb } from "@/test/support/test-db";

const { url } = withTestDb(2);

/** The nice value of a running process (field 19 of /proc/<pid>/stat, after the command's parentheses). */
function niceness(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
}

describe("the verifier process", () => {
  it("runs below the app's priority, so a burst of callbacks is answered before it is verified", async () => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/verifier.ts"],
      {
        env: {
          ...process.env,
          DATABASE_URL: url(),
          CAISSE_VERIFIER_CHANNEL: verifierChannel("niceness"),
          LIGDICASH_SIMULATOR: "1",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    try {
      let output = "";
      await new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes("[caisse] verifier started")) resolve();
        };
        child.stdout.on("data", onData);
        child.stderr.on("data", onData);
        child.once("exit", (code) => reject(new Error(`verifier exited (${code}): ${output}`)));
      });
      expect(niceness(child.pid!)).toBe(Math.min(19, niceness(process.pid) + 10));
    } finally {
      await stopChild(child);
    }
  }, 60_000);
});
