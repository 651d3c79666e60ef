-- CreateIndex
CREATE INDEX "task_congress_id_due_on_priority_created_at_id_idx" ON "task"("congress_id", "due_on", "priority" DESC, "created_at", "id");
