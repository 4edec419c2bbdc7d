import type { PayoutBatch } from "@/lib/generated/prisma/client";
import type { ApprovalReason, PayoutBatchStatus, PayoutPurpose } from "@/lib/generated/prisma/enums";
import type { BatchProgress } from "./batch-progress";

export type PayoutBatchDto = {
  id: string;
  fileName: string;
  purpose: PayoutPurpose;
  status: PayoutBatchStatus;
  total: number;
  lineCount: number;
  approvalReasons: ApprovalReason[];
  requestedBy: { id: string; name: string };
  decidedBy: { id: string; name: string } | null;
  decisionNote: string | null;
  createdAt: string;
  finishedAt: string | null;
  progress: BatchProgress;
};

type Person = { id: string; name: string };
export const batchPeople = {
  requestedBy: { select: { id: true, name: true } },
  decidedBy: { select: { id: true, name: true } },
} as const;

export function toBatchDto(
  b: PayoutBatch & { requestedBy: Person; decidedBy: Person | null },
  progress: BatchProgress | undefined,
): PayoutBatchDto {
  return {
    id: b.id,
    fileName: b.fileName,
    purpose: b.purpose,
    status: b.status,
    total: Number(b.total),
    lineCount: b.lineCount,
    approvalReasons: b.approvalReasons,
    requestedBy: b.requestedBy,
    decidedBy: b.decidedBy,
    decisionNote: b.decisionNote,
    createdAt: b.createdAt.toISOString(),
    finishedAt: b.finishedAt?.toISOString() ?? null,
    progress: progress ?? {
      lines: b.lineCount,
      sent: 0,
      paid: 0,
      inProgress: 0,
      refused: 0,
      unknown: 0,
      notSent: b.lineCount,
    },
  };
}
