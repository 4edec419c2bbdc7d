import { describe, expect, it } from "vitest";
import { cleanEngineMessage, connectionErrorData, toEngineErrorData } from "./engine-errors";

const wasmMessage = [
  "migrate found failed migrations in the target database.",
  "",
  "The `x` migration started at 2026-01-01 failed",
  "   0: schema_commands::commands::apply_migrations::ApplyMigrations",
  "             at schema-engine/commands/src/commands/apply_migrations.rs:95",
].join("\n");

describe("engine errors", () => {
  it("drop the WASM engine's tracing spans from messages", () => {
    expect(cleanEngineMessage(wasmMessage)).toBe(
      "migrate found failed migrations in the target database.\n\nThe `x` migration started at 2026-01-01 failed",
    );
  });

  it("keep the P-code the engine attaches", () => {
    const error = Object.assign(new Error(wasmMessage), { code: "P3009" });
    expect(toEngineErrorData(error)).toMatchObject({ is_panic: false, error_code: "P3009" });
    expect(toEngineErrorData(new Error("plain"))).toEqual({ is_panic: false, message: "plain" });
  });

  it("turn connection failures into the codes the CLI branches on", () => {
    const target = { location: "127.0.0.1:5432", database: "caisse", user: "me" };
    expect(connectionErrorData({ code: "3D000" }, target).error_code).toBe("P1003");
    expect(connectionErrorData({ code: "28P01" }, target).error_code).toBe("P1000");
    expect(
      connectionErrorData({ code: "ECONNREFUSED", message: "connect ECONNREFUSED" }, target),
    ).toMatchObject({
      error_code: "P1001",
      message: expect.stringContaining("Can't reach database server at `127.0.0.1:5432`"),
    });
  });
});
