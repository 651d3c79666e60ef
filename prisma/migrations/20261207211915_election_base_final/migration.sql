-- The base of the majority on every round (lib/elections/rule.ts majorityBase; Quy chế bầu cử trong
-- Đảng, 244-QĐ/TW Art. 32 kept by 190-QĐ/TW). A round recorded before this migration kept only the
-- delegates present: that figure becomes its base, stated as such (convened = present, no
-- exclusions), so its outcome reads against the delegates rather than the valid ballots.
UPDATE election_round
SET base_kind = 'DELEGATES', convened = delegates_present, base = delegates_present, base_exclusions = '{}'::jsonb
WHERE base IS NULL;

ALTER TABLE election_round
  ALTER COLUMN base_kind SET NOT NULL,
  ALTER COLUMN convened SET NOT NULL,
  ALTER COLUMN base SET NOT NULL,
  ALTER COLUMN base_exclusions SET NOT NULL,
  ALTER COLUMN base_exclusions SET DEFAULT '{}'::jsonb;

-- A closed round is final, as before; its base changes only through an audited correction: the
-- next base revision, with its reason.
CREATE OR REPLACE FUNCTION election_round_closed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'CLOSED' AND (NEW.status IS DISTINCT FROM OLD.status OR NEW.seats <> OLD.seats OR NEW.candidate_ids IS DISTINCT FROM OLD.candidate_ids
      OR NEW.ballots_issued <> OLD.ballots_issued OR NEW.delegates_present <> OLD.delegates_present) THEN
    RAISE EXCEPTION 'round % is closed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'CLOSED' AND (NEW.base_kind IS DISTINCT FROM OLD.base_kind OR NEW.convened <> OLD.convened OR NEW.base <> OLD.base
      OR NEW.base_exclusions IS DISTINCT FROM OLD.base_exclusions OR NEW.base_revision <> OLD.base_revision)
      AND (NEW.base_revision <> OLD.base_revision + 1 OR NEW.base_correction_reason IS NULL OR NEW.base_correction_reason = '') THEN
    RAISE EXCEPTION 'round % is closed: its base changes only by a correction with its reason', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
