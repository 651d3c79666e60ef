import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/demo";
import type { TestUser } from "@/prisma/seed/factories";
import { pdfText } from "../e2e/support/files";
import { call, tokenCaller } from "../support/api-client";
import { takeTurnsWithTheDemoSeed } from "../support/demo-seed-turns";

// The demo's 2020 Tân Uyên congress carries its executive committee election as history: 35
// elected, 6 women (17,14%), every one with more than half of the base the API states.
vi.mock("@/lib/auth/session", async () => (await import("../support/api-client")).mockSession());

const db = getDb();
const passwords = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.email, "demo-password-for-tests"]));

takeTurnsWithTheDemoSeed();

describe("the demo's election history", () => {
  it("Tân Uyên 2020: 35 elected, 17,14% women, each with more than half of the base; a second seed changes nothing", { timeout: 180_000 }, async () => {
    await seedDemo(db, passwords, { today: "2026-11-02" });
    await seedDemo(db, passwords, { today: "2026-11-02" });
    const congress = await db.congress.findFirstOrThrow({ where: { unit: { code: "LC-TU" }, termStart: 2020 }, select: { id: true } });
    const elections = await db.election.findMany({ where: { congressId: congress.id }, select: { id: true, kind: true } });
    expect(elections).toEqual([{ id: expect.any(String), kind: "EXECUTIVE_COMMITTEE" }]);

    const organizer = await db.user.findUniqueOrThrow({ where: { email: "tochuc.tanuyen@daihoi.example" }, select: { id: true, email: true, name: true } });
    const caller = await tokenCaller({ ...organizer, password: "", role: "ORGANIZER" } satisfies TestUser);
    const res = await call("GET", `/congresses/${congress.id}/elections/${elections[0]!.id}/results?limit=100`, caller);
    expect(res.status).toBe(200);
    type Body = {
      base: number;
      delegatesConvened: number;
      election: { elected: number; seats: number; approval: { decision: string } | null };
      structure: { metric: string; share: { count: number; percent: number } }[];
      candidates: { elected: boolean; gender: string; rounds: { votes: number; outcome: string }[] }[];
    };
    const body = res.body as Body;
    expect(body.election).toMatchObject({ elected: 35, seats: 35, approval: { decision: expect.stringContaining("chuẩn y") } });
    expect(body.delegatesConvened).toBe(246);
    expect(body.base).toBe(246);
    const elected = body.candidates.filter((c) => c.elected);
    expect(elected).toHaveLength(35);
    for (const c of elected) expect(2 * c.rounds[0]!.votes).toBeGreaterThan(body.base);
    for (const c of body.candidates.filter((x) => !x.elected)) expect(c.rounds[0]!.outcome).toBe("NOT_ELECTED");
    expect(body.structure.find((s) => s.metric === "WOMEN")?.share).toEqual({ count: 6, percent: 17.14 });

    const pdf = await call("GET", `/congresses/${congress.id}/elections/${elections[0]!.id}/documents?document=minutes&format=pdf`, caller);
    const text = (await pdfText(Buffer.from(pdf.body as ArrayBuffer))).text.replace(/\s+/g, " ");
    for (const t of ["BIÊN BẢN KIỂM PHIẾU", "Cơ sở tính kết quả: 246", "35/35 đồng chí trúng cử", "T/M BAN KIỂM PHIẾU", "Lò Văn Kiểm"]) expect(text).toContain(t);
  });
});
