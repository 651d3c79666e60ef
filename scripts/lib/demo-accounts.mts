import { randomBytes } from "node:crypto";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-data";
import { persisted } from "./data-dir.mts";

/**
 * Demo passwords are generated on first use and kept in .data/demo-accounts.json (git-ignored,
 * mode 0600): they exist only on the machine that runs the demo.
 */
export function demoPasswords(): Record<string, string> {
  return persisted<Record<string, string>>(
    "demo-accounts.json",
    (previous) =>
      Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.email, previous?.[a.email] ?? `demo-${randomBytes(6).toString("base64url")}`])),
    (value) => DEMO_ACCOUNTS.every((a) => typeof value[a.email] === "string"),
  );
}

export function printDemoAccounts(accounts: { email: string; role: string; unit: string | null; password: string }[]): void {
  console.log("\nDemo accounts (demo mode only):");
  const width = Math.max(...accounts.map((a) => a.email.length));
  for (const a of accounts) {
    console.log(`  ${a.email.padEnd(width)}  ${a.password}  ${a.role}${a.unit ? ` @ ${a.unit}` : ""}`);
  }
  console.log("");
}
