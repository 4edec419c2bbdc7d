import { isLocale, type Locale } from "@/i18n/config";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Translator } from "@/lib/i18n/error-text";
import type { Mailer } from "./mailer";

/** What sending staff e-mail needs: the mailer (null: none configured) and words in each person's language. */
export type MailServices = {
  db: Pick<PrismaClient, "user">;
  mailer: Mailer | null;
  translate: (locale: Locale) => Promise<Translator>;
};

/**
 * One e-mail to each active person of these roles, in their own language (`users.locale`).
 * `write` makes the subject and text from that language's translator. Returns how many were sent;
 * a refused address is logged and skipped, so one bad address does not silence the others.
 */
export async function mailStaff(
  { db, mailer, translate }: MailServices,
  input: {
    roles: readonly Role[];
    exceptUserId?: string;
    write: (t: Translator, locale: Locale) => { subject: string; text: string };
  },
): Promise<number> {
  if (!mailer) return 0;
  const people = await db.user.findMany({
    where: {
      active: true,
      role: { in: [...input.roles] },
      id: input.exceptUserId ? { not: input.exceptUserId } : undefined,
    },
    select: { email: true, locale: true },
  });
  let sent = 0;
  for (const person of people) {
    const locale = isLocale(person.locale) ? person.locale : "fr";
    const words = input.write(await translate(locale), locale);
    try {
      await mailer.send({ to: person.email, ...words });
      sent++;
    } catch (error) {
      console.error(`[caisse] e-mail to ${person.email} not sent`, error);
    }
  }
  return sent;
}
