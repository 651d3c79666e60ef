-- The province_id / district_id columns that access checks filter on (lib/auth/access.ts
-- scopeWhere) are copies of the parent's. The database now refuses a row whose copy differs from
-- its parent's, so a bug or a hand-written insert cannot put a record where another district's
-- users would read it. Triggers rather than composite foreign keys: the columns are nullable
-- (province-level records have no district), and a foreign key skips its check when any column is
-- NULL, while IS DISTINCT FROM compares NULLs too. Static SQL per parent table, so each check is
-- one index lookup with a cached plan (COPY in the scale seed goes through them as well).

CREATE FUNCTION scope_error(child text, parent text, parent_id uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the province/district of this % row differ from its % (%)', child, parent, parent_id
    USING ERRCODE = 'check_violation', HINT = 'copy province_id and district_id from the parent row';
END
$$;

-- Rows under a congress.
CREATE FUNCTION scope_of_congress_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p record;
BEGIN
  SELECT province_id, district_id INTO p FROM congress WHERE id = NEW.congress_id;
  IF FOUND AND (NEW.province_id IS DISTINCT FROM p.province_id OR NEW.district_id IS DISTINCT FROM p.district_id) THEN
    PERFORM scope_error(TG_TABLE_NAME, 'congress', NEW.congress_id);
  END IF;
  RETURN NEW;
END
$$;

CREATE FUNCTION scope_of_task_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p record;
BEGIN
  SELECT province_id, district_id INTO p FROM task WHERE id = NEW.task_id;
  IF FOUND AND (NEW.province_id IS DISTINCT FROM p.province_id OR NEW.district_id IS DISTINCT FROM p.district_id) THEN
    PERFORM scope_error(TG_TABLE_NAME, 'task', NEW.task_id);
  END IF;
  RETURN NEW;
END
$$;

CREATE FUNCTION scope_of_sub_committee_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p record;
BEGIN
  SELECT province_id, district_id INTO p FROM sub_committee WHERE id = NEW.sub_committee_id;
  IF FOUND AND (NEW.province_id IS DISTINCT FROM p.province_id OR NEW.district_id IS DISTINCT FROM p.district_id) THEN
    PERFORM scope_error(TG_TABLE_NAME, 'sub_committee', NEW.sub_committee_id);
  END IF;
  RETURN NEW;
END
$$;

CREATE FUNCTION scope_of_document_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p record;
BEGIN
  SELECT province_id, district_id INTO p FROM congress_document WHERE id = NEW.document_id;
  IF FOUND AND (NEW.province_id IS DISTINCT FROM p.province_id OR NEW.district_id IS DISTINCT FROM p.district_id) THEN
    PERFORM scope_error(TG_TABLE_NAME, 'congress_document', NEW.document_id);
  END IF;
  RETURN NEW;
END
$$;

-- A congress sits where its unit does.
CREATE FUNCTION scope_of_congress() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p record;
BEGIN
  SELECT province_id, district_id INTO p FROM unit WHERE id = NEW.unit_id;
  IF FOUND AND (NEW.province_id IS DISTINCT FROM p.province_id OR NEW.district_id IS DISTINCT FROM p.district_id) THEN
    PERFORM scope_error('congress', 'unit', NEW.unit_id);
  END IF;
  RETURN NEW;
END
$$;

-- A unit sits in its parent's province, and (below a district) in its parent's district. A
-- province and a district are their own place (or not yet, between the insert and the update that
-- sets their own id).
CREATE FUNCTION scope_of_unit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p record;
BEGIN
  IF NEW.kind = 'PROVINCE' THEN
    IF NEW.province_id IS NOT NULL AND NEW.province_id <> NEW.id OR NEW.district_id IS NOT NULL THEN PERFORM scope_error('unit', 'unit', NEW.id); END IF;
    RETURN NEW;
  END IF;
  IF NEW.kind = 'DISTRICT' AND NEW.district_id IS NOT NULL AND NEW.district_id <> NEW.id THEN PERFORM scope_error('unit', 'unit', NEW.id); END IF;
  IF NEW.parent_id IS NULL THEN RETURN NEW; END IF;
  SELECT province_id, district_id, kind INTO p FROM unit WHERE id = NEW.parent_id;
  IF FOUND AND (NEW.province_id IS DISTINCT FROM p.province_id OR (NEW.kind <> 'DISTRICT' AND NEW.district_id IS DISTINCT FROM p.district_id)) THEN
    PERFORM scope_error('unit', 'parent unit', NEW.parent_id);
  END IF;
  RETURN NEW;
END
$$;

-- Records under a congress never move to another district: their scope is fixed once written.
CREATE FUNCTION scope_is_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.province_id IS DISTINCT FROM OLD.province_id OR NEW.district_id IS DISTINCT FROM OLD.district_id THEN
    RAISE EXCEPTION 'the province/district of a % row cannot change', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF unit_id, province_id, district_id ON congress FOR EACH ROW EXECUTE FUNCTION scope_of_congress();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF parent_id, kind, province_id, district_id ON unit FOR EACH ROW EXECUTE FUNCTION scope_of_unit();

CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON sub_committee FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON task FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON milestone FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON congress_document FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON delegate FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON delegate_quota FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON composition_target FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF sub_committee_id, province_id, district_id ON sub_committee_member FOR EACH ROW EXECUTE FUNCTION scope_of_sub_committee_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF task_id, province_id, district_id ON task_assignee FOR EACH ROW EXECUTE FUNCTION scope_of_task_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF task_id, province_id, district_id ON task_comment FOR EACH ROW EXECUTE FUNCTION scope_of_task_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF task_id, province_id, district_id ON task_event FOR EACH ROW EXECUTE FUNCTION scope_of_task_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF document_id, province_id, district_id ON document_version FOR EACH ROW EXECUTE FUNCTION scope_of_document_child();

CREATE TRIGGER scope_fixed BEFORE UPDATE OF province_id, district_id ON congress FOR EACH ROW EXECUTE FUNCTION scope_is_fixed();
CREATE TRIGGER scope_fixed BEFORE UPDATE OF province_id, district_id ON sub_committee FOR EACH ROW EXECUTE FUNCTION scope_is_fixed();
CREATE TRIGGER scope_fixed BEFORE UPDATE OF province_id, district_id ON task FOR EACH ROW EXECUTE FUNCTION scope_is_fixed();
CREATE TRIGGER scope_fixed BEFORE UPDATE OF province_id, district_id ON congress_document FOR EACH ROW EXECUTE FUNCTION scope_is_fixed();
