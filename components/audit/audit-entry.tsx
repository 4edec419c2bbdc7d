import { useFormatter, useTranslations } from "next-intl";
import { isLocalAddress } from "./audit-lines";

/** Where an action came from: an address, or this server itself for a local request. */
export function IpAddress({ ip }: { ip: string | null }) {
  const t = useTranslations("audit");
  if (!ip) return <>—</>;
  return isLocalAddress(ip) ? (
    <span title={ip}>{t("localServer")}</span>
  ) : (
    <span className="font-mono">{ip}</span>
  );
}

/** The action's name in words ("Facture créée"); an action recorded by a newer Caisse reads as "Autre action". */
export function AuditActionName({ action }: { action: string }) {
  const t = useTranslations("audit");
  return <>{t.has(`actions.${action}`) ? t(`actions.${action}`) : t("otherAction")}</>;
}

/** One audit record in a transaction's story: what, when, who, from where. */
export function AuditEntry({
  action,
  createdAt,
  actorEmail,
  ip,
}: {
  action: string;
  createdAt: Date;
  actorEmail: string | null;
  ip: string | null;
}) {
  const t = useTranslations("audit");
  const format = useFormatter();
  return (
    <>
      <p className="text-ink">
        <AuditActionName action={action} />
      </p>
      <p className="text-xs text-ink-muted">
        {format.dateTime(createdAt, "moment")} · {actorEmail ?? t("system")} · <IpAddress ip={ip} />
      </p>
    </>
  );
}
