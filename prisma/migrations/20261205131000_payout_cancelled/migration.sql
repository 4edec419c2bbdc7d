-- AlterEnum
ALTER TYPE "PayoutStatus" ADD VALUE 'cancelled';
