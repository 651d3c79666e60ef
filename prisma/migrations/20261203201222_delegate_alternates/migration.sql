-- AlterTable
ALTER TABLE "delegate" ADD COLUMN     "alternate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "replaced_on" DATE,
ADD COLUMN     "replacement_reason" TEXT,
ADD COLUMN     "replaces_id" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "delegate_replaces_id_key" ON "delegate"("replaces_id");

-- AddForeignKey
ALTER TABLE "delegate" ADD CONSTRAINT "delegate_replaces_id_fkey" FOREIGN KEY ("replaces_id") REFERENCES "delegate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a replacement is an alternate's, says why and from when, and names an official
-- delegate of the same congress (the application checks the same; the database refuses the rest).
-- A trigger rather than a CHECK constraint: Prisma's schema engine (wasm) cannot introspect those.
CREATE FUNCTION delegate_replacement_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.replaces_id IS NULL THEN
    RETURN NEW;
  END IF;
  IF NOT NEW.alternate OR NEW.replaces_id = NEW.id OR NEW.replacement_reason IS NULL OR NEW.replaced_on IS NULL THEN
    RAISE EXCEPTION 'delegate %: only an alternate replaces another delegate, with a reason and a date (delegate_replacement_by_alternate)', NEW.id
      USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM delegate d WHERE d.id = NEW.replaces_id AND d.congress_id = NEW.congress_id AND NOT d.alternate
  ) THEN
    RAISE EXCEPTION 'delegate %: replaces % which is not an official delegate of the same congress', NEW.id, NEW.replaces_id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER delegate_replacement_guard BEFORE INSERT OR UPDATE OF replaces_id, congress_id, alternate, replacement_reason, replaced_on ON "delegate"
  FOR EACH ROW EXECUTE FUNCTION delegate_replacement_guard();
