// A signed-in session (say, one left open on a shared office computer) must not let someone guess
// the account's password through "change password": wrong current passwords are counted.
import { describe, expect, it, vi } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { executeAction, registeredActions } from "@/lib/server/action";
import { createOrganisation, createProvince, createUser } from "@/prisma/seed/factories";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
await import("@/lib/auth/actions");
const db = getDb();

describe("change password", () => {
  it("refuses the current-password check after five wrong ones, even with the right password", async () => {
    const user = await createUser(db, "VIEWER", (await createOrganisation(db, await createProvince(db))).id);
    const actor = (await loadActor(user.id, 1))!;
    const change = (current: string) => executeAction(registeredActions().get("account.change-password")!, actor, { currentPassword: current, newPassword: "Một-mật-khẩu-mới-dài", confirmPassword: "Một-mật-khẩu-mới-dài" });
    for (let i = 0; i < 5; i++) expect(await change(`sai-${i}`)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { currentPassword: ["errors.wrongCurrentPassword"] } });
    expect(await change(user.password)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    // Nothing changed: the old password still stands.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } })).sessionVersion).toBe(1);
  });
});
