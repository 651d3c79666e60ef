import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db/client";
import { createOrganisation, createProvince, unique, type TestOrganisation } from "@/prisma/seed/factories";

const db = getDb();
let organisation: TestOrganisation;

function cli(args: string[], stdin = "") {
  const r = spawnSync("npm", ["run", "--silent", "cli", "--", ...args], { input: stdin, encoding: "utf8", env: process.env, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  organisation = await createOrganisation(db, await createProvince(db));
});

describe("operator commands (npm run cli)", () => {
  it("user:create makes an account with the role on the unit, password read from stdin", { timeout: 60_000 }, async () => {
    const email = `${unique("cli")}@test.example`;
    const r = cli(["user:create", "--email", email, "--name", "Nguyễn Thị Thử", "--role", "ORGANIZER", "--unit", organisation.code], "mat-khau-rat-dai-2020\n");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const user = await db.user.findUnique({ where: { email }, include: { grants: true } });
    expect(user?.grants).toEqual([expect.objectContaining({ role: "ORGANIZER", unitId: organisation.id })]);
    expect((await checkCredentials(email, "mat-khau-rat-dai-2020")).ok).toBe(true);

    const set = cli(["user:set-password", "--email", email], "mot-mat-khau-moi-2025\n");
    expect(set.code).toBe(0);
    expect((await checkCredentials(email, "mot-mat-khau-moi-2025")).ok).toBe(true);

    expect(cli(["user:disable", "--email", email]).code).toBe(0);
    expect((await db.user.findUnique({ where: { email } }))?.disabled).toBe(true);
  });

  it("refuses a short or common password and a role on the wrong kind of unit, with a clear message", { timeout: 60_000 }, () => {
    const email = `${unique("cli")}@test.example`;
    const short = cli(["user:create", "--email", email, "--name", "X", "--role", "VIEWER", "--unit", organisation.code], "short\n");
    expect(short.code).toBe(2);
    expect(short.err).toMatch(/at least 10 characters/);
    const common = cli(["user:create", "--email", email, "--name", "X", "--role", "VIEWER", "--unit", organisation.code], "1234567890\n");
    expect(common.err).toMatch(/too common/);
    const wrongUnit = cli(["user:create", "--email", email, "--name", "X", "--role", "PROVINCE_OVERSEER", "--unit", organisation.code], "mat-khau-rat-dai-2020\n");
    expect(wrongUnit.code).toBe(1);
    expect(wrongUnit.err).toMatch(/not of the kind this role needs/);
  });
});
