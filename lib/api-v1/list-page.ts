import { z } from "zod";

/** Every list of `/api/v1` answers this shape (Stripe's): `{ object: "list", data, next_cursor }`. */
export function listPageSchema<T extends z.ZodType>(item: T, id: string, cursorHint = "") {
  return z
    .object({
      object: z.literal("list"),
      data: z.array(item),
      next_cursor: z
        .string()
        .nullable()
        .meta({ description: `Pass as \`cursor\`${cursorHint} for the next page; null on the last.` }),
    })
    .meta({ id });
}
