"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/table";
import type { ApiKeyDto } from "@/lib/api-keys/api-key-dto";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useApiKeys, useRevokeApiKey } from "@/lib/hooks/api-keys";
import { scopeKey } from "./create-api-key-form";

export function ApiKeysTable({ initial }: { initial: ApiKeyDto[] }) {
  const t = useTranslations("apiKeys");
  const format = useFormatter();
  const { data: keys } = useApiKeys(initial);
  const revoke = useRevokeApiKey();
  const [revoking, setRevoking] = useState<ApiKeyDto | null>(null);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  if (keys.length === 0) return <p className="px-5 py-6 text-sm text-ink-muted">{t("none")}</p>;
  return (
    <>
      <Table>
        <TableHead>
          <Th>{t("columns.key")}</Th>
          <Th>{t("columns.scopes")}</Th>
          <Th>{t("columns.created")}</Th>
          <Th>{t("columns.lastUsed")}</Th>
          <Th alignment="right">{t("columns.actions")}</Th>
        </TableHead>
        <TableBody>
          {keys.map((key) => (
            <Tr key={key.id} data-testid="api-key-row">
              <Td>
                <span className="font-medium text-ink">{key.name}</span>
                <span className="block font-mono text-xs text-ink-muted">{key.prefix}…</span>
              </Td>
              <Td label={t("columns.scopes")}>
                {key.scopes.map((scope) => t(`scope.${scopeKey(scope)}.label`)).join(", ")}
              </Td>
              <Td label={t("columns.created")} className="whitespace-nowrap text-ink-muted">
                {when(key.createdAt)}
              </Td>
              <Td label={t("columns.lastUsed")} className="whitespace-nowrap text-ink-muted">
                {key.lastUsedAt ? when(key.lastUsedAt) : t("neverUsed")}
              </Td>
              <Td label={t("columns.actions")} alignment="right">
                {key.revokedAt ? (
                  <Badge tone="neutral">{t("revokedOn", { date: when(key.revokedAt) })}</Badge>
                ) : (
                  <Button variant="danger" onClick={() => setRevoking(key)}>
                    {t("revoke")}
                  </Button>
                )}
              </Td>
            </Tr>
          ))}
        </TableBody>
      </Table>
      <ConfirmDialog
        open={revoking !== null}
        title={t("revokeTitle", { name: revoking?.name ?? "" })}
        confirmLabel={t("revokeConfirm")}
        cancelLabel={t("cancel")}
        tone="danger"
        pending={revoke.isPending}
        error={revoke.error instanceof ApiRequestError ? revoke.error.message : null}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
        onCancel={() => setRevoking(null)}
      >
        <p>{t("revokeHint")}</p>
      </ConfirmDialog>
    </>
  );
}
