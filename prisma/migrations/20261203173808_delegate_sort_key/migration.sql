-- AlterTable
ALTER TABLE "delegate" ADD COLUMN     "sort_key" TEXT NOT NULL DEFAULT '';

-- The order of official lists, computed in the database so that every writer (the app, COPY in
-- the scale seed, a restore) gets it and ORDER BY … LIMIT reads an index: given name, then middle,
-- then family name; within each, letters in the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ …
-- u ư …), then tones (none, huyền, hỏi, ngã, sắc, nặng), then case — ICU's Vietnamese collation,
-- which lib/delegates/names.ts compareByName uses (tests/integration/roster-order.test.ts compares
-- the two). Only [0-9a-z] in the key, so any database collation orders it byte by byte: a letter
-- is two characters (11…d8), '0' separates the levels and the three names.
CREATE OR REPLACE FUNCTION vi_sort_part(part text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(CASE WHEN pos > 0 THEN substr(codes, pos * 2 - 1, 2) ELSE 'zz' END, '' ORDER BY i), '') || '0'
      || coalesce(string_agg(tone, '' ORDER BY i), '') || '0'
      || coalesce(string_agg(kase, '' ORDER BY i), '')
  FROM (
    SELECT i,
      strpos(' 0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz', translate(base, 'AĂÂBCDĐEÊFGHIJKLMNOÔƠPQRSTUƯVWXYZ', 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz')) AS pos,
      '111213141516171819a1a2a3a4a5a6a7a8a9b1b2b3b4b5b6b7b8b9c1c2c3c4c5c6c7c8c9d1d2d3d4d5d6d7d8' AS codes,
      CASE WHEN d ~ U&'\0300' THEN '2' WHEN d ~ U&'\0309' THEN '3' WHEN d ~ U&'\0303' THEN '4' WHEN d ~ U&'\0301' THEN '5' WHEN d ~ U&'\0323' THEN '6' ELSE '1' END AS tone,
      CASE WHEN base <> translate(base, 'AĂÂBCDĐEÊFGHIJKLMNOÔƠPQRSTUƯVWXYZ', 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz') THEN '2' ELSE '1' END AS kase
    FROM (
      SELECT i, d, normalize(regexp_replace(d, U&'[\0300\0301\0303\0309\0323]', '', 'g'), NFC) AS base
      FROM (SELECT i, normalize(c, NFD) AS d FROM regexp_split_to_table(normalize(coalesce(part, ''), NFC), '') WITH ORDINALITY AS t(c, i)) chars
    ) bases
  ) coded
$$;
CREATE OR REPLACE FUNCTION vi_name_sort_key(given text, middle text, family text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT vi_sort_part(given) || '0' || vi_sort_part(middle) || '0' || vi_sort_part(family) $$;

CREATE OR REPLACE FUNCTION delegate_set_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.sort_key := vi_name_sort_key(NEW.given_name, NEW.middle_name, NEW.family_name);
  RETURN NEW;
END
$$;

CREATE TRIGGER delegate_sort_key BEFORE INSERT OR UPDATE OF given_name, middle_name, family_name ON "delegate"
  FOR EACH ROW EXECUTE FUNCTION delegate_set_sort_key();

UPDATE "delegate" SET sort_key = vi_name_sort_key(given_name, middle_name, family_name);

-- CreateIndex
CREATE INDEX "delegate_congress_id_sort_key_birth_year_id_idx" ON "delegate"("congress_id", "sort_key", "birth_year", "id");
