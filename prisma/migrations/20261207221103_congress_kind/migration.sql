-- CreateEnum
CREATE TYPE "CongressKind" AS ENUM ('DELEGATES', 'MEMBERS');

-- AlterTable
ALTER TABLE "congress" ADD COLUMN     "kind" "CongressKind" NOT NULL DEFAULT 'DELEGATES';
