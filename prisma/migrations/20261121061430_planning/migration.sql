-- CreateEnum
CREATE TYPE "SubCommitteeKind" AS ENUM ('DOCUMENTS', 'PERSONNEL', 'SERVICE', 'PROPAGANDA', 'CONTENT');

-- CreateEnum
CREATE TYPE "SubCommitteePosition" AS ENUM ('HEAD', 'DEPUTY', 'MEMBER', 'SECRETARY');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE');

-- CreateEnum
CREATE TYPE "TaskPriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "StandardMilestone" AS ENUM ('DIRECTIVE_STUDIED', 'DISTRICT_PLAN', 'ROLLOUT_CONFERENCE', 'PILOT_CONGRESSES', 'GRASSROOTS_CONGRESSES', 'DOCUMENTS_SENT_UP', 'CONVOCATION', 'DISTRICT_CONGRESS');

-- CreateEnum
CREATE TYPE "MilestoneStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('POLITICAL_REPORT', 'SELF_REVIEW', 'RESOLUTION', 'ACTION_PROGRAMME', 'PERSONNEL_SCHEME');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('DRAFT', 'INTERNAL_REVIEW', 'SENT_UP', 'COMMENTS_RECEIVED', 'FINAL');

-- CreateTable
CREATE TABLE "sub_committee" (
    "id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "kind" "SubCommitteeKind",
    "name" TEXT NOT NULL,
    "decision_number" TEXT,
    "decision_date" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sub_committee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sub_committee_member" (
    "id" UUID NOT NULL,
    "sub_committee_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "user_id" UUID,
    "full_name" TEXT NOT NULL,
    "job_title" TEXT,
    "position" "SubCommitteePosition" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sub_committee_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task" (
    "id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "sub_committee_id" UUID,
    "milestone_id" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "due_on" DATE,
    "priority" "TaskPriority" NOT NULL DEFAULT 'NORMAL',
    "status" "TaskStatus" NOT NULL DEFAULT 'TODO',
    "done_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task_assignee" (
    "task_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "task_assignee_pkey" PRIMARY KEY ("task_id","user_id")
);

-- CreateTable
CREATE TABLE "task_comment" (
    "id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "author_id" UUID,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "task_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task_event" (
    "id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "actor_id" UUID,
    "kind" TEXT NOT NULL,
    "changes" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "task_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "milestone" (
    "id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "standard_key" "StandardMilestone",
    "name" TEXT NOT NULL,
    "planned_on" DATE NOT NULL,
    "done_on" DATE,
    "status" "MilestoneStatus" NOT NULL DEFAULT 'PLANNED',
    "reference" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "congress_document" (
    "id" UUID NOT NULL,
    "congress_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "kind" "DocumentKind",
    "title" TEXT NOT NULL,
    "sub_committee_id" UUID,
    "status" "DocumentStatus" NOT NULL DEFAULT 'DRAFT',
    "notes" TEXT,
    "draft_on" DATE,
    "internal_review_on" DATE,
    "sent_up_on" DATE,
    "comments_received_on" DATE,
    "final_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "congress_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_version" (
    "id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "province_id" UUID,
    "district_id" UUID,
    "number" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "note" TEXT,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_version_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sub_committee_district_id_idx" ON "sub_committee"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "sub_committee_congress_id_kind_key" ON "sub_committee"("congress_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "sub_committee_congress_id_name_key" ON "sub_committee"("congress_id", "name");

-- CreateIndex
CREATE INDEX "sub_committee_member_user_id_idx" ON "sub_committee_member"("user_id");

-- CreateIndex
CREATE INDEX "sub_committee_member_district_id_idx" ON "sub_committee_member"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "sub_committee_member_sub_committee_id_user_id_key" ON "sub_committee_member"("sub_committee_id", "user_id");

-- CreateIndex
CREATE INDEX "task_district_id_status_idx" ON "task"("district_id", "status");

-- CreateIndex
CREATE INDEX "task_congress_id_status_idx" ON "task"("congress_id", "status");

-- CreateIndex
CREATE INDEX "task_sub_committee_id_idx" ON "task"("sub_committee_id");

-- CreateIndex
CREATE INDEX "task_milestone_id_idx" ON "task"("milestone_id");

-- CreateIndex
CREATE INDEX "task_assignee_user_id_idx" ON "task_assignee"("user_id");

-- CreateIndex
CREATE INDEX "task_assignee_district_id_idx" ON "task_assignee"("district_id");

-- CreateIndex
CREATE INDEX "task_comment_task_id_created_at_idx" ON "task_comment"("task_id", "created_at");

-- CreateIndex
CREATE INDEX "task_comment_district_id_idx" ON "task_comment"("district_id");

-- CreateIndex
CREATE INDEX "task_event_task_id_at_idx" ON "task_event"("task_id", "at");

-- CreateIndex
CREATE INDEX "task_event_district_id_idx" ON "task_event"("district_id");

-- CreateIndex
CREATE INDEX "milestone_congress_id_planned_on_idx" ON "milestone"("congress_id", "planned_on");

-- CreateIndex
CREATE INDEX "milestone_district_id_idx" ON "milestone"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "milestone_congress_id_standard_key_key" ON "milestone"("congress_id", "standard_key");

-- CreateIndex
CREATE INDEX "congress_document_district_id_idx" ON "congress_document"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "congress_document_congress_id_kind_key" ON "congress_document"("congress_id", "kind");

-- CreateIndex
CREATE INDEX "document_version_district_id_idx" ON "document_version"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "document_version_document_id_number_key" ON "document_version"("document_id", "number");

-- AddForeignKey
ALTER TABLE "sub_committee" ADD CONSTRAINT "sub_committee_congress_id_fkey" FOREIGN KEY ("congress_id") REFERENCES "congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sub_committee_member" ADD CONSTRAINT "sub_committee_member_sub_committee_id_fkey" FOREIGN KEY ("sub_committee_id") REFERENCES "sub_committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sub_committee_member" ADD CONSTRAINT "sub_committee_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_congress_id_fkey" FOREIGN KEY ("congress_id") REFERENCES "congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_sub_committee_id_fkey" FOREIGN KEY ("sub_committee_id") REFERENCES "sub_committee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_milestone_id_fkey" FOREIGN KEY ("milestone_id") REFERENCES "milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_assignee" ADD CONSTRAINT "task_assignee_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_assignee" ADD CONSTRAINT "task_assignee_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_comment" ADD CONSTRAINT "task_comment_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_comment" ADD CONSTRAINT "task_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_event" ADD CONSTRAINT "task_event_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_event" ADD CONSTRAINT "task_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_congress_id_fkey" FOREIGN KEY ("congress_id") REFERENCES "congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "congress_document" ADD CONSTRAINT "congress_document_congress_id_fkey" FOREIGN KEY ("congress_id") REFERENCES "congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "congress_document" ADD CONSTRAINT "congress_document_sub_committee_id_fkey" FOREIGN KEY ("sub_committee_id") REFERENCES "sub_committee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_version" ADD CONSTRAINT "document_version_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "congress_document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_version" ADD CONSTRAINT "document_version_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
