-- Hand-written: extended statistics, which prisma/schema cannot express.
-- Every scoped read filters on the congress and on the caller's district (or province), and a
-- congress belongs to exactly one district. Without these statistics the planner multiplies the
-- two selectivities as if they were independent and expects ~160 of a congress's 5,000 tasks;
-- it then sorts a bitmap scan of all 5,000 instead of reading the first page of the task list
-- in index order (EXPLAIN in bench/README.md: 5.1 ms -> 0.8 ms on the national data set).
CREATE STATISTICS IF NOT EXISTS "task_place_dependencies" (dependencies) ON "congress_id", "district_id", "province_id" FROM "task";
CREATE STATISTICS IF NOT EXISTS "delegate_place_dependencies" (dependencies) ON "congress_id", "district_id", "province_id" FROM "delegate";
CREATE STATISTICS IF NOT EXISTS "milestone_place_dependencies" (dependencies) ON "congress_id", "district_id", "province_id" FROM "milestone";
ANALYZE "task", "delegate", "milestone";
