import { describe, expect, it } from "vitest";
import { parseBridgeArgs } from "./bridge-args";

describe("parseBridgeArgs", () => {
  it("reads the RPC server command line the CLI uses", () => {
    const args = parseBridgeArgs([
      "--datamodels",
      "/a/schema.prisma",
      "--datamodels",
      "/a/more.prisma",
      "--datasource",
      '{"url":"postgresql://h/db"}',
      "--enabled-preview-features",
      "views",
    ]);
    expect(args).toEqual({
      datamodels: ["/a/schema.prisma", "/a/more.prisma"],
      datasource: { url: "postgresql://h/db" },
      cliCommand: undefined,
      version: false,
    });
  });

  it("reads the one-shot commands and --version", () => {
    expect(
      parseBridgeArgs(["--datasource", '{"url":"x"}', "cli", "can-connect-to-database"]).cliCommand,
    ).toBe("can-connect-to-database");
    expect(parseBridgeArgs(["--version"]).version).toBe(true);
  });

  it("rejects what it does not know, rather than ignore it", () => {
    expect(() => parseBridgeArgs(["--bogus"])).toThrow(/Unknown argument/);
    expect(() => parseBridgeArgs(["--datasource"])).toThrow(/needs a value/);
  });
});
