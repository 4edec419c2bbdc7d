-- CreateTable
CREATE TABLE "balance_alerts" (
    "operator" TEXT NOT NULL,
    "threshold" INTEGER NOT NULL,
    "below" BOOLEAN NOT NULL DEFAULT false,
    "notified_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "balance_alerts_pkey" PRIMARY KEY ("operator")
);
