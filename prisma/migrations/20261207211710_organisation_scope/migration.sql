-- Hand-written: "the organisation whose congress this is" gets one level-neutral name. Until
-- 30/6/2025 that was a district; since the two-tier map it is a commune, ward or special zone, a
-- committee directly under the province, or the province itself (its own congress). Columns,
-- indexes, the foreign key and the enum values are renamed in place (no data moves), the new
-- levels are added, and a province becomes its own organisation as well as its own province.

ALTER TYPE "Role" RENAME VALUE 'DISTRICT_ORGANIZER' TO 'ORGANIZER';
ALTER TYPE "StandardMilestone" RENAME VALUE 'DISTRICT_PLAN' TO 'CONGRESS_PLAN';
ALTER TYPE "StandardMilestone" RENAME VALUE 'DISTRICT_CONGRESS' TO 'CONGRESS_OPENS';

ALTER TYPE "UnitKind" ADD VALUE IF NOT EXISTS 'COMMUNE' BEFORE 'GRASSROOTS_COMMITTEE';
ALTER TYPE "UnitKind" ADD VALUE IF NOT EXISTS 'WARD' BEFORE 'GRASSROOTS_COMMITTEE';
ALTER TYPE "UnitKind" ADD VALUE IF NOT EXISTS 'SPECIAL_ZONE' BEFORE 'GRASSROOTS_COMMITTEE';
ALTER TYPE "UnitKind" ADD VALUE IF NOT EXISTS 'PROVINCE_COMMITTEE' BEFORE 'GRASSROOTS_COMMITTEE';

ALTER TABLE "audit_entry" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "ballot_box_count" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "ballot_box_vote" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "composition_target" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "congress" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "congress_document" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "counting_committee_member" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "delegate" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "delegate_quota" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "document_version" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "election" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "election_candidate" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "election_round" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "milestone" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "personnel_candidate" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "personnel_introduction_step" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "personnel_scheme" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "personnel_target" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "sub_committee" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "sub_committee_member" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "task" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "task_assignee" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "task_comment" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "task_event" RENAME COLUMN "district_id" TO "organisation_id";
ALTER TABLE "unit" RENAME COLUMN "district_id" TO "organisation_id";

ALTER INDEX "audit_entry_district_id_at_idx" RENAME TO "audit_entry_organisation_id_at_idx";
ALTER INDEX "ballot_box_count_district_id_idx" RENAME TO "ballot_box_count_organisation_id_idx";
ALTER INDEX "ballot_box_vote_district_id_idx" RENAME TO "ballot_box_vote_organisation_id_idx";
ALTER INDEX "composition_target_district_id_idx" RENAME TO "composition_target_organisation_id_idx";
ALTER INDEX "congress_district_id_idx" RENAME TO "congress_organisation_id_idx";
ALTER INDEX "congress_document_district_id_idx" RENAME TO "congress_document_organisation_id_idx";
ALTER INDEX "counting_committee_member_district_id_idx" RENAME TO "counting_committee_member_organisation_id_idx";
ALTER INDEX "delegate_district_id_idx" RENAME TO "delegate_organisation_id_idx";
ALTER INDEX "delegate_quota_district_id_idx" RENAME TO "delegate_quota_organisation_id_idx";
ALTER INDEX "document_version_district_id_idx" RENAME TO "document_version_organisation_id_idx";
ALTER INDEX "election_district_id_idx" RENAME TO "election_organisation_id_idx";
ALTER INDEX "election_candidate_district_id_idx" RENAME TO "election_candidate_organisation_id_idx";
ALTER INDEX "election_round_district_id_idx" RENAME TO "election_round_organisation_id_idx";
ALTER INDEX "milestone_district_id_idx" RENAME TO "milestone_organisation_id_idx";
ALTER INDEX "personnel_candidate_district_id_idx" RENAME TO "personnel_candidate_organisation_id_idx";
ALTER INDEX "personnel_introduction_step_district_id_idx" RENAME TO "personnel_introduction_step_organisation_id_idx";
ALTER INDEX "personnel_scheme_district_id_idx" RENAME TO "personnel_scheme_organisation_id_idx";
ALTER INDEX "personnel_target_district_id_idx" RENAME TO "personnel_target_organisation_id_idx";
ALTER INDEX "sub_committee_district_id_idx" RENAME TO "sub_committee_organisation_id_idx";
ALTER INDEX "sub_committee_member_district_id_idx" RENAME TO "sub_committee_member_organisation_id_idx";
ALTER INDEX "task_district_id_status_idx" RENAME TO "task_organisation_id_status_idx";
ALTER INDEX "task_assignee_district_id_idx" RENAME TO "task_assignee_organisation_id_idx";
ALTER INDEX "task_comment_district_id_idx" RENAME TO "task_comment_organisation_id_idx";
ALTER INDEX "task_event_district_id_idx" RENAME TO "task_event_organisation_id_idx";
ALTER INDEX "unit_district_id_kind_idx" RENAME TO "unit_organisation_id_kind_idx";

ALTER TABLE "unit" RENAME CONSTRAINT "unit_district_id_fkey" TO "unit_organisation_id_fkey";

-- The scope guards (20261203180236_scope_guards) compare the renamed column.
CREATE OR REPLACE FUNCTION scope_error(child text, parent text, parent_id uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the province/organisation of this % row differ from its % (%)', child, parent, parent_id
    USING ERRCODE = 'check_violation', HINT = 'copy province_id and organisation_id from the parent row';
END
$$;

CREATE OR REPLACE FUNCTION scope_of_congress_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p record;
BEGIN
  SELECT province_id, organisation_id INTO p FROM congress WHERE id = NEW.congress_id;
  IF FOUND AND (NEW.province_id IS DISTINCT FROM p.province_id OR NEW.organisation_id IS DISTINCT FROM p.organisation_id) THEN
    PERFORM scope_error(TG_TABLE_NAME, 'congress', NEW.congress_id);
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION scope_of_task_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p record;
BEGIN
  SELECT province_id, organisation_id INTO p FROM task WHERE id = NEW.task_id;
  IF FOUND AND (NEW.province_id IS DISTINCT FROM p.province_id OR NEW.organisation_id IS DISTINCT FROM p.organisation_id) THEN
    PERFORM scope_error(TG_TABLE_NAME, 'task', NEW.task_id);
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION scope_of_sub_committee_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p record;
BEGIN
  SELECT province_id, organisation_id INTO p FROM sub_committee WHERE id = NEW.sub_committee_id;
  IF FOUND AND (NEW.province_id IS DISTINCT FROM p.province_id OR NEW.organisation_id IS DISTINCT FROM p.organisation_id) THEN
    PERFORM scope_error(TG_TABLE_NAME, 'sub_committee', NEW.sub_committee_id);
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION scope_of_document_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p record;
BEGIN
  SELECT province_id, organisation_id INTO p FROM congress_document WHERE id = NEW.document_id;
  IF FOUND AND (NEW.province_id IS DISTINCT FROM p.province_id OR NEW.organisation_id IS DISTINCT FROM p.organisation_id) THEN
    PERFORM scope_error(TG_TABLE_NAME, 'congress_document', NEW.document_id);
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION scope_of_congress() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p record;
BEGIN
  SELECT province_id, organisation_id INTO p FROM unit WHERE id = NEW.unit_id;
  IF FOUND AND (NEW.province_id IS DISTINCT FROM p.province_id OR NEW.organisation_id IS DISTINCT FROM p.organisation_id) THEN
    PERFORM scope_error('congress', 'unit', NEW.unit_id);
  END IF;
  RETURN NEW;
END
$$;

-- An organisation (lib/units/levels.ts ORGANISATION_KINDS) is its own organisation; a province is
-- also its own province (both set by the update that follows its insert). Any other unit sits in
-- its parent's province and organisation; an organisation sits in its parent's province.
CREATE OR REPLACE FUNCTION scope_of_unit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p record;
  is_organisation boolean := NEW.kind::text IN ('PROVINCE', 'DISTRICT', 'COMMUNE', 'WARD', 'SPECIAL_ZONE', 'PROVINCE_COMMITTEE');
BEGIN
  IF is_organisation AND NEW.organisation_id IS NOT NULL AND NEW.organisation_id <> NEW.id THEN PERFORM scope_error('unit', 'unit', NEW.id); END IF;
  IF NEW.kind = 'PROVINCE' THEN
    IF NEW.province_id IS NOT NULL AND NEW.province_id <> NEW.id THEN PERFORM scope_error('unit', 'unit', NEW.id); END IF;
    RETURN NEW;
  END IF;
  IF NEW.parent_id IS NULL THEN RETURN NEW; END IF;
  SELECT province_id, organisation_id INTO p FROM unit WHERE id = NEW.parent_id;
  IF FOUND AND (NEW.province_id IS DISTINCT FROM p.province_id OR (NOT is_organisation AND NEW.organisation_id IS DISTINCT FROM p.organisation_id)) THEN
    PERFORM scope_error('unit', 'parent unit', NEW.parent_id);
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION scope_is_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.province_id IS DISTINCT FROM OLD.province_id OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id THEN
    RAISE EXCEPTION 'the province/organisation of a % row cannot change', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

-- A province prepares its own congress: it is its own organisation.
UPDATE "unit" SET "organisation_id" = "id" WHERE "kind" = 'PROVINCE' AND "organisation_id" IS NULL;
