-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'PROVINCE_OVERSEER', 'DISTRICT_ORGANIZER', 'SUBCOMMITTEE_LEAD', 'MEMBER', 'VIEWER');

-- CreateEnum
CREATE TYPE "SignInOutcome" AS ENUM ('SUCCESS', 'WRONG_PASSWORD', 'UNKNOWN_ACCOUNT', 'DISABLED', 'LOCKED');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('PROVINCE', 'DISTRICT', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'CELL');

-- CreateEnum
CREATE TYPE "UnitBlock" AS ENUM ('COMMUNE', 'SECTOR', 'ENTERPRISE', 'ARMED_FORCES', 'DIRECT_CELL');

-- CreateEnum
CREATE TYPE "UnitStatus" AS ENUM ('ACTIVE', 'DISSOLVED', 'MERGED', 'TRANSFERRED');

-- CreateEnum
CREATE TYPE "CongressStatus" AS ENUM ('PREPARING', 'CONVOKED', 'IN_SESSION', 'HELD', 'POSTPONED');

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_email" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT,
    "entity_id" TEXT,
    "district_id" UUID,
    "province_id" UUID,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "password_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "grant" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "unit_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_attempt" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "user_id" UUID,
    "outcome" "SignInOutcome" NOT NULL,
    "ip" TEXT,
    "user_agent" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "block" "UnitBlock",
    "status" "UnitStatus" NOT NULL DEFAULT 'ACTIVE',
    "parent_id" UUID,
    "province_id" UUID,
    "district_id" UUID,
    "member_count" INTEGER,
    "founded_on" DATE,
    "status_changed_on" DATE,
    "successor_id" UUID,
    "status_note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "congress" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "ordinal" INTEGER NOT NULL,
    "term_start" INTEGER NOT NULL,
    "term_end" INTEGER NOT NULL,
    "planned_opening" DATE,
    "planned_closing" DATE,
    "held_on" DATE,
    "venue" TEXT,
    "is_pilot" BOOLEAN NOT NULL DEFAULT false,
    "status" "CongressStatus" NOT NULL DEFAULT 'PREPARING',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "congress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_entry_district_id_at_idx" ON "audit_entry"("district_id", "at");

-- CreateIndex
CREATE INDEX "audit_entry_entity_type_entity_id_idx" ON "audit_entry"("entity_type", "entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "grant_unit_id_idx" ON "grant"("unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "grant_user_id_role_unit_id_key" ON "grant"("user_id", "role", "unit_id");

-- CreateIndex
CREATE INDEX "sign_in_attempt_email_created_at_idx" ON "sign_in_attempt"("email", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "unit_code_key" ON "unit"("code");

-- CreateIndex
CREATE INDEX "unit_parent_id_idx" ON "unit"("parent_id");

-- CreateIndex
CREATE INDEX "unit_district_id_kind_idx" ON "unit"("district_id", "kind");

-- CreateIndex
CREATE INDEX "unit_province_id_kind_idx" ON "unit"("province_id", "kind");

-- CreateIndex
CREATE INDEX "congress_district_id_idx" ON "congress"("district_id");

-- CreateIndex
CREATE INDEX "congress_province_id_idx" ON "congress"("province_id");

-- CreateIndex
CREATE UNIQUE INDEX "congress_unit_id_term_start_key" ON "congress"("unit_id", "term_start");

-- AddForeignKey
ALTER TABLE "grant" ADD CONSTRAINT "grant_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grant" ADD CONSTRAINT "grant_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sign_in_attempt" ADD CONSTRAINT "sign_in_attempt_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "congress" ADD CONSTRAINT "congress_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
