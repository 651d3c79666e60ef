-- The elections' rows carry the province/district of their congress (lib/auth/access scopeWhere
-- filters on them): the same guard as every other row under a congress
-- (20261203180236_scope_guards), and their scope never changes once written.
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON personnel_scheme FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON personnel_target FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON personnel_candidate FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON personnel_introduction_step FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON election FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON election_candidate FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON election_round FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON ballot_box_count FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON ballot_box_vote FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();
CREATE TRIGGER scope_guard BEFORE INSERT OR UPDATE OF congress_id, province_id, district_id ON counting_committee_member FOR EACH ROW EXECUTE FUNCTION scope_of_congress_child();

CREATE TRIGGER scope_fixed BEFORE UPDATE OF province_id, district_id ON personnel_scheme FOR EACH ROW EXECUTE FUNCTION scope_is_fixed();
CREATE TRIGGER scope_fixed BEFORE UPDATE OF province_id, district_id ON election FOR EACH ROW EXECUTE FUNCTION scope_is_fixed();

-- A round the counting committee closed is final: its ballot, seats and ballots issued do not
-- change and it does not reopen.
CREATE FUNCTION election_round_closed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'CLOSED' AND (NEW.status IS DISTINCT FROM OLD.status OR NEW.seats <> OLD.seats OR NEW.candidate_ids IS DISTINCT FROM OLD.candidate_ids
      OR NEW.ballots_issued <> OLD.ballots_issued OR NEW.delegates_present <> OLD.delegates_present) THEN
    RAISE EXCEPTION 'round % is closed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER closed_is_final BEFORE UPDATE ON election_round FOR EACH ROW EXECUTE FUNCTION election_round_closed_is_final();

-- The counts of a closed round are immutable in the database itself, whatever the client: no
-- update, no delete (a cascade from deleting the round or its election still goes through: the
-- round is gone by then), and no new count unless it is a correction with its reason.
CREATE FUNCTION ballot_box_count_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.correction_reason IS NULL AND EXISTS (SELECT 1 FROM election_round WHERE id = NEW.round_id AND status = 'CLOSED') THEN
      RAISE EXCEPTION 'round % is closed: only a correction with its reason may be added', NEW.round_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM election_round WHERE id = OLD.round_id AND status = 'CLOSED') THEN
    RAISE EXCEPTION 'the counts of closed round % cannot change', OLD.round_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER frozen_when_closed BEFORE INSERT OR UPDATE OR DELETE ON ballot_box_count FOR EACH ROW EXECUTE FUNCTION ballot_box_count_frozen();

CREATE FUNCTION ballot_box_vote_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE c_id uuid := CASE TG_OP WHEN 'INSERT' THEN NEW.count_id ELSE OLD.count_id END;
BEGIN
  IF EXISTS (
    SELECT 1 FROM ballot_box_count c JOIN election_round r ON r.id = c.round_id
    WHERE c.id = c_id AND r.status = 'CLOSED' AND (TG_OP <> 'INSERT' OR c.correction_reason IS NULL)
  ) THEN
    RAISE EXCEPTION 'the counts of a closed round cannot change' USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER frozen_when_closed BEFORE INSERT OR UPDATE OR DELETE ON ballot_box_vote FOR EACH ROW EXECUTE FUNCTION ballot_box_vote_frozen();
