-- AlterTable
ALTER TABLE "audit_entry" ADD COLUMN     "request_id" TEXT;

-- CreateIndex
CREATE INDEX "audit_entry_actor_id_at_idx" ON "audit_entry"("actor_id", "at");
