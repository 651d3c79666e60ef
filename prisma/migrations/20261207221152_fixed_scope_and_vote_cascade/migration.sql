-- Hand-written (issue 26, item 8). The scope of a delegate, a milestone, an election round and a
-- ballot box count never changes once written, like that of the congress, its sub-committees,
-- tasks, documents, scheme and elections (20261203180236_scope_guards, 20261203204200_elections_guards):
-- moving one to another congress together with that congress's scope would satisfy scope_guard.
CREATE TRIGGER scope_fixed BEFORE UPDATE OF province_id, organisation_id ON delegate FOR EACH ROW EXECUTE FUNCTION scope_is_fixed();
CREATE TRIGGER scope_fixed BEFORE UPDATE OF province_id, organisation_id ON milestone FOR EACH ROW EXECUTE FUNCTION scope_is_fixed();
CREATE TRIGGER scope_fixed BEFORE UPDATE OF province_id, organisation_id ON election_round FOR EACH ROW EXECUTE FUNCTION scope_is_fixed();
CREATE TRIGGER scope_fixed BEFORE UPDATE OF province_id, organisation_id ON ballot_box_count FOR EACH ROW EXECUTE FUNCTION scope_is_fixed();

-- A vote now also cascades from its candidate (20261207221134_composite_congress_keys). Deleting an
-- election deletes its candidates and its rounds in either order, so a vote of a closed round may
-- go before its round does: it is frozen only while its election still exists. Deleting a
-- candidate of a counted round on its own is still refused.
CREATE OR REPLACE FUNCTION ballot_box_vote_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE c_id uuid := CASE TG_OP WHEN 'INSERT' THEN NEW.count_id ELSE OLD.count_id END;
BEGIN
  IF EXISTS (
    SELECT 1 FROM ballot_box_count c JOIN election_round r ON r.id = c.round_id JOIN election e ON e.id = r.election_id
    WHERE c.id = c_id AND r.status = 'CLOSED' AND (TG_OP <> 'INSERT' OR c.correction_reason IS NULL)
  ) THEN
    RAISE EXCEPTION 'the counts of a closed round cannot change' USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- The composite key keeps a vote's candidate in the count's congress; a vote is moreover for a
-- name on its round's ballot (lib/elections/rule.ts checkBoxCount refuses any other in the app).
CREATE FUNCTION ballot_box_vote_on_ballot() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM ballot_box_count c JOIN election_round r ON r.id = c.round_id WHERE c.id = NEW.count_id AND NEW.candidate_id = ANY (r.candidate_ids)) THEN
    RAISE EXCEPTION 'candidate % is not on the ballot of count %', NEW.candidate_id, NEW.count_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER on_ballot BEFORE INSERT OR UPDATE OF count_id, candidate_id ON ballot_box_vote FOR EACH ROW EXECUTE FUNCTION ballot_box_vote_on_ballot();
