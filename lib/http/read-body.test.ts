import { describe, expect, it } from "vitest";
import { AppError } from "./app-error";
import { MAX_JSON_BODY, readJson } from "./parse-input";
import { lazyRequest } from "@/test/support/lazy-request";
import { readLimitedBody } from "./read-body";

describe("readLimitedBody", () => {
  it("stops at the limit of a 50 MB body: the rest is never pulled, and the source is cancelled", async () => {
    const { request, source, chunks } = lazyRequest(50 * 1024 * 1024);
    const { bytes, truncated } = await readLimitedBody(request, 100_000);
    expect(truncated).toBe(true);
    expect(bytes.byteLength).toBe(100_000);
    expect(source.pulled).toBeLessThan(chunks);
    expect(source.pulled).toBeLessThanOrEqual(3);
    expect(source.cancelled).toBe(true);
  });

  it("reads a body within the limit whole", async () => {
    const request = new Request("http://127.0.0.1/api/x", { method: "POST", body: "héllo" });
    const { bytes, truncated } = await readLimitedBody(request, 6);
    expect([new TextDecoder().decode(bytes), truncated]).toEqual(["héllo", false]);
  });
});

describe("readJson", () => {
  it("refuses a body past the limit with payload_too_large (413), without reading it all", async () => {
    const { request, source, chunks } = lazyRequest(50 * 1024 * 1024);
    const error: unknown = await readJson(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "payload_too_large", status: 413 });
    expect(source.pulled).toBeLessThan(chunks);
  });

  it("refuses a declared length past the limit before reading", async () => {
    const { request, source } = lazyRequest(MAX_JSON_BODY + 1, 64 * 1024, {
      "content-length": String(MAX_JSON_BODY + 1),
    });
    await expect(readJson(request)).rejects.toMatchObject({ code: "payload_too_large" });
    expect(source.pulled).toBe(0);
  });

  it("still reads JSON within the limit, and answers 400 to what is not JSON", async () => {
    const ok = new Request("http://127.0.0.1/api/x", { method: "POST", body: '{"a":[1]}' });
    expect(await readJson(ok)).toEqual({ a: [1] });
    const bad = new Request("http://127.0.0.1/api/x", { method: "POST", body: "{nope" });
    await expect(readJson(bad)).rejects.toMatchObject({ code: "bad_request" });
  });
});
