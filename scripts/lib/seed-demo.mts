import { seedDemo } from "../../prisma/seed/demo";
import { createPrismaClient } from "../../lib/db/prisma";
import type { PgConnection } from "../../lib/db/connection";
import { demoPasswords, printDemoAccounts } from "./demo-accounts.mts";

export async function loadDemoData(connection: PgConnection): Promise<void> {
  const db = createPrismaClient(connection, 2);
  try {
    const started = Date.now();
    const result = await seedDemo(db, demoPasswords());
    console.log(`demo data ready in ${Date.now() - started} ms: ${result.units} units, ${result.congresses} congresses, ${result.accounts.length} accounts`);
    printDemoAccounts(result.accounts);
  } finally {
    await db.$disconnect();
  }
}
