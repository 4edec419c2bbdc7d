export type LimitedBody = { bytes: Uint8Array; truncated: boolean };

/**
 * Reads a request body up to `limit` bytes, then stops and cancels the rest: a body of any size
 * costs at most `limit` bytes of memory, and nothing past the limit is ever read.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<LimitedBody> {
  if (!request.body) return { bytes: new Uint8Array(0), truncated: false };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const next = await reader.read();
    if (next.done) return { bytes: joinChunks(chunks, size), truncated: false };
    if (size + next.value.byteLength > limit) {
      chunks.push(next.value.subarray(0, limit - size));
      // The sender may still be writing; cancelling tells the server to drop the rest.
      await reader.cancel().catch(() => undefined);
      return { bytes: joinChunks(chunks, limit), truncated: true };
    }
    chunks.push(next.value);
    size += next.value.byteLength;
  }
}

function joinChunks(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The declared length, when the sender declared one (a cheap early refusal; the count still decides). */
export function declaredLength(request: Request): number | null {
  const value = Number(request.headers.get("content-length"));
  return request.headers.has("content-length") && Number.isSafeInteger(value) && value >= 0 ? value : null;
}
