-- Composite keys (issue 26, item 8): the scope triggers compare a row's province/organisation with
-- its own congress only, so each child row's parent must be of the same congress. Each parent gets
-- UNIQUE (id, congress_id) and each child a foreign key on (parent_id, congress_id); a ballot box
-- vote's candidate gets its foreign key. A task's sub-committee and milestone keep ON DELETE SET
-- NULL, on their own column only (PostgreSQL 15): congress_id stays. A task pointing at another
-- congress's sub-committee or milestone (only a bug could have written one) loses that link.
UPDATE "task" t SET "sub_committee_id" = NULL
WHERE "sub_committee_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "sub_committee" s WHERE s."id" = t."sub_committee_id" AND s."congress_id" = t."congress_id");
UPDATE "task" t SET "milestone_id" = NULL
WHERE "milestone_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "milestone" m WHERE m."id" = t."milestone_id" AND m."congress_id" = t."congress_id");

-- DropForeignKey
ALTER TABLE "ballot_box_count" DROP CONSTRAINT "ballot_box_count_round_id_fkey";

-- DropForeignKey
ALTER TABLE "ballot_box_vote" DROP CONSTRAINT "ballot_box_vote_count_id_fkey";

-- DropForeignKey
ALTER TABLE "election_candidate" DROP CONSTRAINT "election_candidate_election_id_fkey";

-- DropForeignKey
ALTER TABLE "election_round" DROP CONSTRAINT "election_round_election_id_fkey";

-- DropForeignKey
ALTER TABLE "personnel_candidate" DROP CONSTRAINT "personnel_candidate_scheme_id_fkey";

-- DropForeignKey
ALTER TABLE "task" DROP CONSTRAINT "task_milestone_id_fkey";

-- DropForeignKey
ALTER TABLE "task" DROP CONSTRAINT "task_sub_committee_id_fkey";

-- CreateIndex
CREATE UNIQUE INDEX "ballot_box_count_id_congress_id_key" ON "ballot_box_count"("id", "congress_id");

-- CreateIndex
CREATE UNIQUE INDEX "election_id_congress_id_key" ON "election"("id", "congress_id");

-- CreateIndex
CREATE UNIQUE INDEX "election_candidate_id_congress_id_key" ON "election_candidate"("id", "congress_id");

-- CreateIndex
CREATE UNIQUE INDEX "election_round_id_congress_id_key" ON "election_round"("id", "congress_id");

-- CreateIndex
CREATE UNIQUE INDEX "milestone_id_congress_id_key" ON "milestone"("id", "congress_id");

-- CreateIndex
CREATE UNIQUE INDEX "personnel_scheme_id_congress_id_key" ON "personnel_scheme"("id", "congress_id");

-- CreateIndex
CREATE UNIQUE INDEX "sub_committee_id_congress_id_key" ON "sub_committee"("id", "congress_id");

-- AddForeignKey
ALTER TABLE "personnel_candidate" ADD CONSTRAINT "personnel_candidate_scheme_id_congress_id_fkey" FOREIGN KEY ("scheme_id", "congress_id") REFERENCES "personnel_scheme"("id", "congress_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "election_candidate" ADD CONSTRAINT "election_candidate_election_id_congress_id_fkey" FOREIGN KEY ("election_id", "congress_id") REFERENCES "election"("id", "congress_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "election_round" ADD CONSTRAINT "election_round_election_id_congress_id_fkey" FOREIGN KEY ("election_id", "congress_id") REFERENCES "election"("id", "congress_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ballot_box_count" ADD CONSTRAINT "ballot_box_count_round_id_congress_id_fkey" FOREIGN KEY ("round_id", "congress_id") REFERENCES "election_round"("id", "congress_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ballot_box_vote" ADD CONSTRAINT "ballot_box_vote_count_id_congress_id_fkey" FOREIGN KEY ("count_id", "congress_id") REFERENCES "ballot_box_count"("id", "congress_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ballot_box_vote" ADD CONSTRAINT "ballot_box_vote_candidate_id_congress_id_fkey" FOREIGN KEY ("candidate_id", "congress_id") REFERENCES "election_candidate"("id", "congress_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_sub_committee_id_congress_id_fkey" FOREIGN KEY ("sub_committee_id", "congress_id") REFERENCES "sub_committee"("id", "congress_id") ON DELETE SET NULL ("sub_committee_id") ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_milestone_id_congress_id_fkey" FOREIGN KEY ("milestone_id", "congress_id") REFERENCES "milestone"("id", "congress_id") ON DELETE SET NULL ("milestone_id") ON UPDATE CASCADE;
