import nodemailer from "nodemailer";
import type { MailFacts } from "./check-mail";

/** The SMTP server must greet and accept the sign-in within this; the check never hangs on it. */
export const MAIL_PROBE_TIMEOUT_MS = 5_000;

/** Connects to SMTP_URL and signs in (nodemailer's verify), without sending anything. */
export async function probeMail(smtpUrl: string | undefined): Promise<MailFacts> {
  if (!smtpUrl) return { configured: false };
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: MAIL_PROBE_TIMEOUT_MS,
    greetingTimeout: MAIL_PROBE_TIMEOUT_MS,
    socketTimeout: MAIL_PROBE_TIMEOUT_MS,
  });
  try {
    await transport.verify();
    return { configured: true, reachable: true };
  } catch (error) {
    // nodemailer's codes (ESOCKET when nothing listens, EAUTH, ETIMEDOUT…) name the cause; the message
    // may quote the server and is kept out of the page.
    const code = (error as { code?: unknown }).code;
    return { configured: true, reachable: false, errorCode: typeof code === "string" ? code : "unknown" };
  } finally {
    transport.close();
  }
}
