-- AlterTable
ALTER TABLE "election_candidate" ADD COLUMN     "admitted" BOOLEAN NOT NULL DEFAULT true;
