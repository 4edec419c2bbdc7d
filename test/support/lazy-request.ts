/** A request whose body is produced on demand, chunk by chunk, counting what the reader pulled. */
export function lazyRequest(totalBytes: number, chunkBytes = 64 * 1024, headers: HeadersInit = {}) {
  const source = { pulled: 0, cancelled: false };
  const chunks = Math.ceil(totalBytes / chunkBytes);
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (source.pulled === chunks) return controller.close();
        source.pulled += 1;
        controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
      },
      cancel() {
        source.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://127.0.0.1/api/x", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
  return { request, source, chunks };
}
