/** The most lines one batch may hold: beyond, the file is refused whole (split it). Zod- and parser-free for the upload page. */
export const MAX_BATCH_LINES = 5_000;
