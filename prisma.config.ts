import { defineConfig } from "prisma/config";

// The CLI is used only for `prisma generate`. Migrations run through scripts/db-*.mts, which drive
// Prisma's schema engine compiled to WebAssembly, so no engine download is ever needed.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
});
