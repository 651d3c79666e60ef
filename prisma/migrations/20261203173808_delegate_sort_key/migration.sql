-- AlterTable
-- COLLATE "C": the key is compared byte by byte, whatever the database's default collation.
ALTER TABLE "delegate" ADD COLUMN     "sort_key" TEXT COLLATE "C" NOT NULL DEFAULT '';

-- The order of official lists, computed in the database so that every writer (the app, COPY in
-- the scale seed, a restore) gets it and ORDER BY … LIMIT reads an index: given name, then middle,
-- then family name; within each, letters in the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ …
-- u ư …), then tones (none, huyền, hỏi, ngã, sắc, nặng), then case — ICU's Vietnamese collation,
-- which lib/delegates/names.ts compareByName uses (tests/integration/roster-order.test.ts compares
-- the two). A letter is one character in alphabet order ('!' for a space, then 0-9, A-Z, a-g),
-- tones and case one digit each; a space separates the levels and the three names. Regular
-- expressions and translate() only: about 50 µs a name.
CREATE OR REPLACE FUNCTION vi_sort_part(part text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(translate(base, 'AĂÂBCDĐEÊFGHIJKLMNOÔƠPQRSTUƯVWXYZ', 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'),
                   ' 0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz', '!0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg')
      || ' ' || regexp_replace(translate(regexp_replace(regexp_replace(nfd, U&'[\0302\0306\031B]', '', 'g'), U&'[^\0300\0301\0303\0309\0323]', '1', 'g'), U&'\0300\0309\0303\0301\0323', '23456'), '1([2-6])', '\1', 'g')
      || ' ' || regexp_replace(regexp_replace(base, '[AĂÂBCDĐEÊFGHIJKLMNOÔƠPQRSTUƯVWXYZ]', '2', 'g'), '[^2]', '1', 'g')
  FROM (SELECT nfd, normalize(regexp_replace(nfd, U&'[\0300\0301\0303\0309\0323]', '', 'g'), NFC) AS base
        FROM (SELECT normalize(coalesce(part, ''), NFD) AS nfd) d) b
$$;
CREATE OR REPLACE FUNCTION vi_name_sort_key(given text, middle text, family text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT vi_sort_part(given) || ' ' || vi_sort_part(middle) || ' ' || vi_sort_part(family) $$;

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
