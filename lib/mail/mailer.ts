import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

/** Sends one e-mail; rejects when the SMTP server refuses it. */
export type Mailer = { send(mail: Mail): Promise<void> };

export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}

let configured: Mailer | null | undefined;

/** The mailer of SMTP_URL / MAIL_FROM, or null when no SMTP server is configured. */
export function configuredMailer(): Mailer | null {
  if (configured !== undefined) return configured;
  const { SMTP_URL, MAIL_FROM } = env();
  configured = SMTP_URL ? smtpMailer(SMTP_URL, MAIL_FROM) : null;
  return configured;
}
