import { describe, expect, it, vi } from "vitest";
import { handleRoute } from "./handle-route";

vi.mock("next-intl/server", () => ({
  getTranslations: () => Promise.resolve((code: string) => `text:${code}`),
}));

// What PostgreSQL answers to a NUL in a text parameter, as the handler would see it from the database.
const queryWithId = vi.fn((id: string) => {
  if (id.includes("\u0000")) throw new Error('invalid byte sequence for encoding "UTF8": 0x00');
  return Promise.resolve(Response.json({ id }));
});
const route = handleRoute<{ params: Promise<{ id: string }> }>(async (_request, { params }) =>
  queryWithId((await params).id),
);
const get = (id: string) =>
  route(new Request(`http://127.0.0.1/api/payouts/x`), { params: Promise.resolve({ id }) });

describe("handleRoute — route params", () => {
  it.each(["\u0000", "po_1\u0000", "a\nb", "\u007f"])(
    "answers 404 in the error shape to an id with a control character (%j)",
    async (id) => {
      queryWithId.mockClear();
      const response = await get(id);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "not_found", message: "text:not_found" } });
      expect(queryWithId).not.toHaveBeenCalled();
    },
  );

  it("passes a plain id through", async () => {
    const response = await get("cm1abc");
    expect([response.status, await response.json()]).toEqual([200, { id: "cm1abc" }]);
  });
});
