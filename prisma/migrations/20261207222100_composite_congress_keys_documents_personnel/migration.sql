-- The same composite keys as 20261207221134_composite_congress_keys for the other rows under a
-- parent of a congress: a document's sub-committee, a scheme's structure targets and a personnel
-- candidate's introduction steps. A document pointing at another congress's sub-committee loses
-- that link; its ON DELETE SET NULL clears sub_committee_id only.
UPDATE "congress_document" d SET "sub_committee_id" = NULL
WHERE "sub_committee_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "sub_committee" s WHERE s."id" = d."sub_committee_id" AND s."congress_id" = d."congress_id");

-- DropForeignKey
ALTER TABLE "congress_document" DROP CONSTRAINT "congress_document_sub_committee_id_fkey";

-- DropForeignKey
ALTER TABLE "personnel_introduction_step" DROP CONSTRAINT "personnel_introduction_step_candidate_id_fkey";

-- DropForeignKey
ALTER TABLE "personnel_target" DROP CONSTRAINT "personnel_target_scheme_id_fkey";

-- CreateIndex
CREATE UNIQUE INDEX "personnel_candidate_id_congress_id_key" ON "personnel_candidate"("id", "congress_id");

-- AddForeignKey
ALTER TABLE "personnel_target" ADD CONSTRAINT "personnel_target_scheme_id_congress_id_fkey" FOREIGN KEY ("scheme_id", "congress_id") REFERENCES "personnel_scheme"("id", "congress_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personnel_introduction_step" ADD CONSTRAINT "personnel_introduction_step_candidate_id_congress_id_fkey" FOREIGN KEY ("candidate_id", "congress_id") REFERENCES "personnel_candidate"("id", "congress_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "congress_document" ADD CONSTRAINT "congress_document_sub_committee_id_congress_id_fkey" FOREIGN KEY ("sub_committee_id", "congress_id") REFERENCES "sub_committee"("id", "congress_id") ON DELETE SET NULL ("sub_committee_id") ON UPDATE CASCADE;
