-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "DelegateCategory" AS ENUM ('EX_OFFICIO', 'ELECTED', 'APPOINTED');

-- CreateEnum
CREATE TYPE "CredentialStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "TheoryLevel" AS ENUM ('ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR');

-- CreateEnum
CREATE TYPE "CompositionMetric" AS ENUM ('WOMEN', 'ETHNIC_MINORITY', 'UNDER_40');

-- CreateTable
CREATE TABLE "delegate" (
    "id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "home_unit_id" UUID,
    "full_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL,
    "middle_name" TEXT NOT NULL,
    "given_name" TEXT NOT NULL,
    "search_key" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birth_date" DATE,
    "birth_year" INTEGER NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "party_admission_date" DATE,
    "education_level" TEXT,
    "theory_level" "TheoryLevel",
    "position" TEXT,
    "category" "DelegateCategory" NOT NULL,
    "credential_status" "CredentialStatus" NOT NULL DEFAULT 'PENDING',
    "credential_reason" TEXT,
    "credential_reviewer_id" UUID,
    "credential_reviewed_at" TIMESTAMPTZ(3),
    "checked_in_at" TIMESTAMPTZ(3),
    "group" TEXT,
    "seat" TEXT,
    "note" TEXT,
    "over_quota_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "delegate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delegate_quota" (
    "id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "seats" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "delegate_quota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "composition_target" (
    "id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "metric" "CompositionMetric" NOT NULL,
    "min_percent" DOUBLE PRECISION,
    "max_percent" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "composition_target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "delegate_congress_id_idx" ON "delegate"("congress_id");

-- CreateIndex
CREATE INDEX "delegate_district_id_idx" ON "delegate"("district_id");

-- CreateIndex
CREATE INDEX "delegate_home_unit_id_idx" ON "delegate"("home_unit_id");

-- CreateIndex
CREATE INDEX "delegate_quota_district_id_idx" ON "delegate_quota"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "delegate_quota_congress_id_unit_id_key" ON "delegate_quota"("congress_id", "unit_id");

-- CreateIndex
CREATE INDEX "composition_target_district_id_idx" ON "composition_target"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "composition_target_congress_id_metric_key" ON "composition_target"("congress_id", "metric");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- CreateIndex
CREATE INDEX "api_token_user_id_idx" ON "api_token"("user_id");

-- AddForeignKey
ALTER TABLE "delegate" ADD CONSTRAINT "delegate_congress_id_fkey" FOREIGN KEY ("congress_id") REFERENCES "congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegate" ADD CONSTRAINT "delegate_home_unit_id_fkey" FOREIGN KEY ("home_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegate" ADD CONSTRAINT "delegate_credential_reviewer_id_fkey" FOREIGN KEY ("credential_reviewer_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegate_quota" ADD CONSTRAINT "delegate_quota_congress_id_fkey" FOREIGN KEY ("congress_id") REFERENCES "congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegate_quota" ADD CONSTRAINT "delegate_quota_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "composition_target" ADD CONSTRAINT "composition_target_congress_id_fkey" FOREIGN KEY ("congress_id") REFERENCES "congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
