// npm run cli -- COMMAND [--flags]: operator commands against DATABASE_URL or the embedded database.
//   user:create --email E --name N --role ROLE [--unit CODE]   password from stdin or a prompt
//   user:set-password --email E                                  password from stdin or a prompt
//   user:disable --email E        user:enable --email E
//   token:create --email E --name N                              prints an API token once
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { ROLES, type Role } from "../lib/auth/access";
import { isCommonPassword } from "../lib/auth/common-passwords";
import { passwordSchema } from "../lib/auth/password-policy";
import { applyMigrations } from "../lib/db/migrations";
import { resolveDatabase } from "../lib/db/resolve";

const USAGE = `usage: npm run cli -- <command> [options]
  user:create --email E --name "N" --role ${ROLES.join("|")} [--unit CODE]
  user:set-password --email E
  user:disable --email E
  user:enable --email E
  token:create --email E --name "N" [--days 90] [--scope READ|READ_IMPORT]
                                        a personal API token with the account's rights, printed once
The password is read from standard input when it is piped, otherwise asked for.`;

function flags(args: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith("--")) continue;
    const [key, inline] = a.slice(2).split("=", 2);
    out[key!] = inline ?? args[++i] ?? "";
  }
  return out;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  let muted = false;
  const output = new Writable({ write: (chunk, _enc, done) => (muted || process.stdout.write(chunk), done()) });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output, terminal: true });
      process.stdout.write(q);
      muted = true;
      rl.question("", (answer) => {
        muted = false;
        process.stdout.write("\n");
        rl.close();
        resolve(answer);
      });
    });
  const first = await ask(prompt);
  const second = await ask("Repeat the password: ");
  if (first !== second) fail("The two passwords differ.");
  return first;
}

async function validPassword(): Promise<string> {
  const password = await readPassword("Password (at least 10 characters): ");
  const checked = passwordSchema.refine((p) => !isCommonPassword(p), "errors.passwordTooCommon").safeParse(password);
  if (!checked.success) {
    const messages: Record<string, string> = {
      "errors.passwordTooShort": "The password must have at least 10 characters.",
      "errors.passwordTooLong": "The password is too long.",
      "errors.passwordTooCommon": "This password is too common; choose another.",
    };
    fail(messages[checked.error.issues[0]!.message] ?? "The password is not acceptable.");
  }
  return password;
}

const [command, ...rest] = process.argv.slice(2);
const f = flags(rest);
if (!command || command === "help" || command === "--help") {
  console.log(USAGE);
  process.exit(command ? 0 : 2);
}

const db = await resolveDatabase();
// A fresh install may run the CLI (to create the first account) before the app has ever started.
await applyMigrations(db.connection);
process.env.DATABASE_URL = db.url;
const users = await import("../lib/users/mutations");
const { AppError } = await import("../lib/errors");
const { getDb } = await import("../lib/db/client");

try {
  switch (command) {
    case "user:create": {
      if (!f.email || !f.name || !f.role) fail(USAGE);
      if (!ROLES.includes(f.role as Role)) fail(`--role must be one of ${ROLES.join(", ")}`);
      const password = await validPassword();
      const user = await users.createUser({ email: f.email, name: f.name, password, role: f.role as Role, unitCode: f.unit });
      console.log(`created ${user.email} (${f.role}${f.unit ? ` on ${f.unit}` : ""})`);
      break;
    }
    case "user:set-password": {
      if (!f.email) fail(USAGE);
      const password = await validPassword();
      await users.setPassword(f.email, password);
      console.log(`password changed for ${f.email}; its open sessions have ended`);
      break;
    }
    case "user:disable":
    case "user:enable": {
      if (!f.email) fail(USAGE);
      await users.setDisabled(f.email, command === "user:disable");
      console.log(`${f.email} ${command === "user:disable" ? "disabled; its open sessions have ended" : "enabled"}`);
      break;
    }
    case "token:create": {
      if (!f.email || !f.name) fail(USAGE);
      const { normaliseEmail } = await import("../lib/auth/sign-in");
      const { createApiToken } = await import("../lib/api/tokens");
      const user = await getDb().user.findUnique({ where: { email: normaliseEmail(f.email) }, select: { id: true, email: true, disabled: true } });
      if (!user) fail(`No account has the email ${f.email}.`);
      if (user.disabled) fail(`The account ${f.email} is disabled.`);
      const days = f.days === undefined ? undefined : Number(f.days);
      if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 365)) fail("--days is a whole number of days from 1 to 365.");
      if (f.scope !== undefined && f.scope !== "READ" && f.scope !== "READ_IMPORT") fail("--scope is READ or READ_IMPORT.");
      const created = await createApiToken(user.id, f.name, { userId: user.id, email: user.email }, { days, scope: f.scope as "READ" | "READ_IMPORT" | undefined });
      // The token is shown this once; only its hash is stored.
      console.log(created.token);
      console.error(`token "${created.name}" (${created.prefix}…, ${created.scope}, until ${created.expiresAt.toISOString().slice(0, 10)}) created for ${user.email}; store it now, it cannot be shown again`);
      break;
    }
    default:
      fail(`unknown command ${command}\n${USAGE}`);
  }
} catch (error) {
  const messages: Record<string, string> = {
    UNIT_REQUIRED: "This role needs --unit CODE (a province code for PROVINCE_OVERSEER, an organisation code otherwise).",
    UNIT_NOT_FOUND: `No unit has the code ${f.unit}.`,
    UNIT_KIND_MISMATCH: `Unit ${f.unit} is not of the kind this role needs (province for PROVINCE_OVERSEER, organisation otherwise).`,
    EMAIL_TAKEN: `An account with the email ${f.email} exists already.`,
    NOT_FOUND: `No account has the email ${f.email}.`,
  };
  if (error instanceof AppError) {
    console.error(messages[error.code] ?? error.code);
    process.exitCode = 1;
  } else throw error;
} finally {
  await getDb().$disconnect();
  await db.release();
}
