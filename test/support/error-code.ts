import { AppError } from "@/lib/http/app-error";

/** "ok" when the promise resolves, else the code of the AppError it rejects with (anything else is rethrown). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}
