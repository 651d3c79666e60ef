-- CreateEnum
CREATE TYPE "PersonnelSchemeStatus" AS ENUM ('DRAFT', 'LOCKED', 'APPROVED');

-- CreateEnum
CREATE TYPE "PersonnelSector" AS ENUM ('PARTY', 'GOVERNMENT', 'FRONT', 'ARMED_FORCES', 'GRASSROOTS');

-- CreateEnum
CREATE TYPE "CandidateTenure" AS ENUM ('RE_ELECTED', 'FIRST_TIME');

-- CreateEnum
CREATE TYPE "PersonnelMetric" AS ENUM ('WOMEN', 'ETHNIC_MINORITY', 'UNDER_40', 'RE_ELECTED', 'FIRST_TIME', 'SECTOR_PARTY', 'SECTOR_GOVERNMENT', 'SECTOR_FRONT', 'SECTOR_ARMED_FORCES', 'SECTOR_GRASSROOTS');

-- CreateEnum
CREATE TYPE "ElectionKind" AS ENUM ('EXECUTIVE_COMMITTEE', 'UPPER_DELEGATES', 'UPPER_ALTERNATES', 'OTHER');

-- CreateEnum
CREATE TYPE "CandidateSource" AS ENUM ('SCHEME', 'NOMINATED', 'SELF_NOMINATED');

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "CountingPosition" AS ENUM ('HEAD', 'MEMBER');

-- CreateTable
CREATE TABLE "personnel_scheme" (
    "id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "committee_size" INTEGER NOT NULL,
    "standing_committee_size" INTEGER NOT NULL,
    "previous_committee_size" INTEGER,
    "margin_min_percent" DOUBLE PRECISION NOT NULL DEFAULT 10,
    "margin_max_percent" DOUBLE PRECISION NOT NULL DEFAULT 15,
    "status" "PersonnelSchemeStatus" NOT NULL DEFAULT 'DRAFT',
    "locked_at" TIMESTAMPTZ(3),
    "approved_at" TIMESTAMPTZ(3),
    "approved_by_name" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "personnel_scheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "personnel_target" (
    "id" UUID NOT NULL,
    "scheme_id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "metric" "PersonnelMetric" NOT NULL,
    "min_percent" DOUBLE PRECISION,
    "max_percent" DOUBLE PRECISION,

    CONSTRAINT "personnel_target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "personnel_candidate" (
    "id" UUID NOT NULL,
    "scheme_id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "delegate_id" UUID,
    "full_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL,
    "middle_name" TEXT NOT NULL,
    "given_name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birth_date" DATE,
    "birth_year" INTEGER NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "position" TEXT,
    "sector" "PersonnelSector" NOT NULL,
    "tenure" "CandidateTenure" NOT NULL,
    "standing_committee" BOOLEAN NOT NULL DEFAULT false,
    "screening_notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "personnel_candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "personnel_introduction_step" (
    "id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "step" INTEGER NOT NULL,
    "held_on" DATE,
    "percent" DOUBLE PRECISION,

    CONSTRAINT "personnel_introduction_step_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "election" (
    "id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "kind" "ElectionKind" NOT NULL,
    "name" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "election_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "election_candidate" (
    "id" UUID NOT NULL,
    "election_id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "source" "CandidateSource" NOT NULL,
    "personnel_candidate_id" UUID,
    "delegate_id" UUID,
    "nominated_by" TEXT,
    "full_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL,
    "middle_name" TEXT NOT NULL,
    "given_name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birth_date" DATE,
    "birth_year" INTEGER NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "position" TEXT,
    "sector" "PersonnelSector",
    "tenure" "CandidateTenure",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "election_candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "election_round" (
    "id" UUID NOT NULL,
    "election_id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "number" INTEGER NOT NULL,
    "seats" INTEGER NOT NULL,
    "candidate_ids" UUID[],
    "delegates_present" INTEGER NOT NULL,
    "ballots_issued" INTEGER NOT NULL,
    "status" "RoundStatus" NOT NULL DEFAULT 'OPEN',
    "closed_at" TIMESTAMPTZ(3),
    "closed_by_name" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "election_round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ballot_box_count" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "box" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "ballots_received" INTEGER NOT NULL,
    "valid" INTEGER NOT NULL,
    "invalid" INTEGER NOT NULL,
    "correction_reason" TEXT,
    "entered_by_id" UUID,
    "entered_by_name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ballot_box_count_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ballot_box_vote" (
    "count_id" UUID NOT NULL,
    "candidate_id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "votes" INTEGER NOT NULL,

    CONSTRAINT "ballot_box_vote_pkey" PRIMARY KEY ("count_id","candidate_id")
);

-- CreateTable
CREATE TABLE "counting_committee_member" (
    "id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "user_id" UUID,
    "full_name" TEXT NOT NULL,
    "position" "CountingPosition" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "counting_committee_member_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "personnel_scheme_congress_id_key" ON "personnel_scheme"("congress_id");

-- CreateIndex
CREATE INDEX "personnel_scheme_district_id_idx" ON "personnel_scheme"("district_id");

-- CreateIndex
CREATE INDEX "personnel_target_district_id_idx" ON "personnel_target"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "personnel_target_scheme_id_metric_key" ON "personnel_target"("scheme_id", "metric");

-- CreateIndex
CREATE INDEX "personnel_candidate_scheme_id_idx" ON "personnel_candidate"("scheme_id");

-- CreateIndex
CREATE INDEX "personnel_candidate_district_id_idx" ON "personnel_candidate"("district_id");

-- CreateIndex
CREATE INDEX "personnel_introduction_step_district_id_idx" ON "personnel_introduction_step"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "personnel_introduction_step_candidate_id_step_key" ON "personnel_introduction_step"("candidate_id", "step");

-- CreateIndex
CREATE INDEX "election_congress_id_created_at_idx" ON "election"("congress_id", "created_at");

-- CreateIndex
CREATE INDEX "election_district_id_idx" ON "election"("district_id");

-- CreateIndex
CREATE INDEX "election_candidate_election_id_idx" ON "election_candidate"("election_id");

-- CreateIndex
CREATE INDEX "election_candidate_district_id_idx" ON "election_candidate"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "election_candidate_election_id_personnel_candidate_id_key" ON "election_candidate"("election_id", "personnel_candidate_id");

-- CreateIndex
CREATE INDEX "election_round_district_id_idx" ON "election_round"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "election_round_election_id_number_key" ON "election_round"("election_id", "number");

-- CreateIndex
CREATE INDEX "ballot_box_count_district_id_idx" ON "ballot_box_count"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "ballot_box_count_round_id_box_revision_key" ON "ballot_box_count"("round_id", "box", "revision");

-- CreateIndex
CREATE INDEX "ballot_box_vote_district_id_idx" ON "ballot_box_vote"("district_id");

-- CreateIndex
CREATE INDEX "counting_committee_member_user_id_idx" ON "counting_committee_member"("user_id");

-- CreateIndex
CREATE INDEX "counting_committee_member_district_id_idx" ON "counting_committee_member"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "counting_committee_member_congress_id_user_id_key" ON "counting_committee_member"("congress_id", "user_id");

-- AddForeignKey
ALTER TABLE "personnel_scheme" ADD CONSTRAINT "personnel_scheme_congress_id_fkey" FOREIGN KEY ("congress_id") REFERENCES "congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personnel_target" ADD CONSTRAINT "personnel_target_scheme_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "personnel_scheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personnel_candidate" ADD CONSTRAINT "personnel_candidate_scheme_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "personnel_scheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personnel_candidate" ADD CONSTRAINT "personnel_candidate_delegate_id_fkey" FOREIGN KEY ("delegate_id") REFERENCES "delegate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personnel_introduction_step" ADD CONSTRAINT "personnel_introduction_step_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "personnel_candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "election" ADD CONSTRAINT "election_congress_id_fkey" FOREIGN KEY ("congress_id") REFERENCES "congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "election_candidate" ADD CONSTRAINT "election_candidate_election_id_fkey" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "election_round" ADD CONSTRAINT "election_round_election_id_fkey" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ballot_box_count" ADD CONSTRAINT "ballot_box_count_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "election_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ballot_box_vote" ADD CONSTRAINT "ballot_box_vote_count_id_fkey" FOREIGN KEY ("count_id") REFERENCES "ballot_box_count"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "counting_committee_member" ADD CONSTRAINT "counting_committee_member_congress_id_fkey" FOREIGN KEY ("congress_id") REFERENCES "congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "counting_committee_member" ADD CONSTRAINT "counting_committee_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
