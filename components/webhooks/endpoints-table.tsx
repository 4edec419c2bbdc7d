"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useStepUp } from "@/components/auth/step-up-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SecretOnce } from "@/components/ui/secret-once";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/table";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { isStepUpRequired } from "@/lib/hooks/two-factor";
import { useEndpoints, useRotateSecret, useSetEndpointEnabled } from "@/lib/hooks/webhooks";
import type { EndpointDto } from "@/lib/webhooks/manage-endpoints";
import { eventKey } from "./event-label";

export function EndpointsTable({ initial }: { initial: EndpointDto[] }) {
  const t = useTranslations("webhooks");
  const format = useFormatter();
  const { data: endpoints } = useEndpoints(initial);
  const rotate = useRotateSecret();
  const setEnabled = useSetEndpointEnabled();
  const stepUp = useStepUp(() => rotate.reset());
  const rotateFailure = isStepUpRequired(rotate.error) ? null : rotate.error;
  const failure = rotateFailure ?? setEnabled.error;
  const rotateSecret = (id: string) =>
    rotate.mutate(id, { onError: (error) => stepUp.holdIfAsked(error, () => rotateSecret(id)) });
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  if (endpoints.length === 0) return <p className="px-5 py-6 text-sm text-ink-muted">{t("noEndpoints")}</p>;
  return (
    <div>
      {failure instanceof ApiRequestError ? (
        <p role="alert" className="mx-5 mt-4 rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
          {failure.message}
        </p>
      ) : null}
      {rotate.data ? (
        <div className="mx-5 mt-4">
          <SecretOnce
            secret={rotate.data.secret}
            title={t("rotated", { url: rotate.data.endpoint.url })}
            copyLabel={t("copy")}
            copiedLabel={t("copied")}
            testId="webhook-secret"
          />
        </div>
      ) : null}
      <Table>
        <TableHead>
          <Th>{t("columns.endpoint")}</Th>
          <Th>{t("columns.events")}</Th>
          <Th>{t("columns.state")}</Th>
          <Th alignment="right">{t("columns.actions")}</Th>
        </TableHead>
        <TableBody>
          {endpoints.map((endpoint) => (
            <Tr key={endpoint.id} data-testid="webhook-endpoint">
              <Td>
                <span className="break-all font-medium text-ink">{endpoint.url}</span>
                {endpoint.description ? (
                  <span className="block text-xs text-ink-muted">{endpoint.description}</span>
                ) : null}
              </Td>
              <Td label={t("columns.events")} stacked>
                {endpoint.events.map((type) => t(`event.${eventKey(type)}`)).join(", ")}
              </Td>
              <Td label={t("columns.state")}>
                {endpoint.disabledAt ? (
                  <Badge tone="neutral">{t("state.disabled")}</Badge>
                ) : endpoint.failingSince ? (
                  <Badge tone="danger">{t("state.failing", { date: when(endpoint.failingSince) })}</Badge>
                ) : (
                  <Badge tone="success">{t("state.active")}</Badge>
                )}
                {endpoint.previousSecretUntil && new Date(endpoint.previousSecretUntil) > new Date() ? (
                  <span className="mt-1 block text-xs text-ink-muted">
                    {t("overlap", { date: when(endpoint.previousSecretUntil) })}
                  </span>
                ) : null}
              </Td>
              <Td label={t("columns.actions")} alignment="right">
                <span className="inline-flex flex-wrap justify-end gap-2">
                  <Button
                    variant="secondary"
                    disabled={rotate.isPending}
                    onClick={() => rotateSecret(endpoint.id)}
                  >
                    {t("rotate")}
                  </Button>
                  <Button
                    variant="ghost"
                    disabled={setEnabled.isPending}
                    onClick={() =>
                      setEnabled.mutate({ id: endpoint.id, enabled: Boolean(endpoint.disabledAt) })
                    }
                  >
                    {endpoint.disabledAt ? t("enable") : t("disable")}
                  </Button>
                </span>
              </Td>
            </Tr>
          ))}
        </TableBody>
      </Table>
      {stepUp.dialog}
    </div>
  );
}
