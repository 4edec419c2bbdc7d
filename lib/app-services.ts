import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ligdicash } from "@/lib/ligdicash";
import type { LigdicashClient } from "@/lib/ligdicash/types";

/** What domain operations talk to; tests hand in their own database and gateway. */
export type Services = { db: PrismaClient; gateway: LigdicashClient; publicUrl: string };

/**
 * The running app's services, resolved when an operation first uses them (a public page never
 * opens the gateway client). Staff routes get them inside their request context; the customer's
 * pay pages, which have no context, take them from here.
 */
export function appServices(): Services {
  return {
    get db() {
      return db();
    },
    get gateway() {
      return ligdicash();
    },
    get publicUrl() {
      return env().CAISSE_PUBLIC_URL;
    },
  };
}
