-- The new columns start nullable; 20261207211915_election_base_final fills the rounds already recorded and makes them required.
-- CreateEnum
CREATE TYPE "MajorityBaseKind" AS ENUM ('DELEGATES', 'MEMBERS', 'FIRST_MEETING');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ElectionKind" ADD VALUE 'STANDING_COMMITTEE';
ALTER TYPE "ElectionKind" ADD VALUE 'SECRETARY';
ALTER TYPE "ElectionKind" ADD VALUE 'DEPUTY_SECRETARY';
ALTER TYPE "ElectionKind" ADD VALUE 'INSPECTION_COMMITTEE';
ALTER TYPE "ElectionKind" ADD VALUE 'INSPECTION_CHAIR';

-- AlterTable
ALTER TABLE "election" ADD COLUMN     "approval_decision" TEXT,
ADD COLUMN     "approved_by_name" TEXT,
ADD COLUMN     "approved_on" DATE;

-- AlterTable
ALTER TABLE "election_candidate" ADD COLUMN     "admission_agreeing" INTEGER,
ADD COLUMN     "admission_present" INTEGER;

-- AlterTable
ALTER TABLE "election_round" ADD COLUMN     "base" INTEGER,
ADD COLUMN     "base_correction_reason" TEXT,
ADD COLUMN     "base_exclusions" JSONB,
ADD COLUMN     "base_kind" "MajorityBaseKind",
ADD COLUMN     "base_revision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "convened" INTEGER;
