// The demo's live congress: xã Tân Uyên (the commune that took over from huyện Tân Uyên on
// 1/7/2025) prepares its congress, opening six weeks after the day the demo is seeded, its term
// counted from the opening's year, so the dashboard always shows a countdown, tasks due this week, a few
// overdue and the grassroots congresses partly held. Every date is counted from `today` (the
// calendar date in Vietnam, injectable so a test can pin the clock). Seeded on another day, the
// whole preparation moves by the days that passed, so the demo stays live and keeps what a demo
// user changed; seeded twice on one day, nothing changes.
import { addDays, daysBetween, isoToDateOnly } from "../../lib/dates";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DEMO_TERM, NEXT_TERM, SUCCESSORS, nextTerm } from "./demo-data";
import type { RosterProfile } from "./demo-delegates";
import { DEMO_PLANNING, type PlanningSpec } from "./demo-planning-data";

const spec = SUCCESSORS.find((s) => s.code === NEXT_TERM.organisation)!;

/** Opening and closing of the next-term congress seeded on `today`. */
export function nextTermDates(today: string) {
  const { opening } = nextTerm(today);
  return { opening, closing: addDays(opening, 2) };
}

/**
 * Which grassroots organisations have held their congress of the new term, by position in code
 * order: pilots and most others held in the past weeks, six planned in the next two weeks, the
 * last three with no date yet.
 */
export function grassrootsPlan(index: number, count: number, pilot: boolean, today: string): { held: boolean; opening: string } | null {
  if (pilot) return { held: true, opening: addDays(today, -115 - index) };
  if (index >= count - 3) return null;
  if (index >= count - 9) return { held: false, opening: addDays(today, 2 + 2 * (count - 4 - index)) };
  return { held: true, opening: addDays(today, -40 + (index % 35)) };
}

/**
 * Moves every date of the congress's preparation by `days` (the demo seeded on a later day), and its
 * term (and its grassroots congresses') with the opening's year.
 */
async function shiftPreparation(db: PrismaClient, organisationId: string, congressId: string, days: number, from: number, to: { start: number; end: number }) {
  await db.$transaction([
    db.$executeRaw`UPDATE congress SET planned_opening = planned_opening + ${days}::int, planned_closing = planned_closing + ${days}::int, held_on = held_on + ${days}::int,
      term_start = ${to.start}, term_end = ${to.end}, version = version + 1, updated_at = now()
      WHERE organisation_id = ${organisationId}::uuid AND term_start = ${from}`,
    db.$executeRaw`UPDATE milestone SET planned_on = planned_on + ${days}::int, done_on = done_on + ${days}::int, version = version + 1, updated_at = now() WHERE congress_id = ${congressId}::uuid`,
    db.$executeRaw`UPDATE task SET due_on = due_on + ${days}::int, done_at = done_at + make_interval(days => ${days}::int), version = version + 1, updated_at = now() WHERE congress_id = ${congressId}::uuid`,
    db.$executeRaw`UPDATE sub_committee SET decision_date = decision_date + ${days}::int, version = version + 1, updated_at = now() WHERE congress_id = ${congressId}::uuid`,
    db.$executeRaw`UPDATE congress_document SET draft_on = draft_on + ${days}::int, internal_review_on = internal_review_on + ${days}::int, sent_up_on = sent_up_on + ${days}::int,
      comments_received_on = comments_received_on + ${days}::int, final_on = final_on + ${days}::int, version = version + 1, updated_at = now() WHERE congress_id = ${congressId}::uuid`,
  ]);
}

/**
 * The organisation's congress of the new term and its grassroots congresses: made on the first run,
 * moved to stay six weeks ahead on a later day while it is still being prepared.
 */
export async function seedNextTermCongresses(db: PrismaClient, today: string): Promise<void> {
  const organisation = await db.unit.findUniqueOrThrow({ where: { code: NEXT_TERM.organisation }, select: { id: true, provinceId: true } });
  const place = { provinceId: organisation.provinceId, organisationId: organisation.id };
  const { opening, closing } = nextTermDates(today);
  const { start, end } = nextTerm(today);
  const term = { termStart: start, termEnd: end };
  // The commune's congress is its latest; seeded on a later day it moves, in a later year its term too.
  const existing = await db.congress.findFirst({ where: { unitId: organisation.id }, orderBy: { termStart: "desc" }, select: { id: true, plannedOpening: true, status: true, termStart: true } });
  if (existing) {
    const days = existing.plannedOpening ? daysBetween(existing.plannedOpening.toISOString().slice(0, 10), opening) : 0;
    if (days !== 0 && existing.status === "PREPARING") await shiftPreparation(db, organisation.id, existing.id, days, existing.termStart, { start, end });
  } else {
    await db.congress.create({
      data: { unitId: organisation.id, ...place, ...term, ordinal: NEXT_TERM.ordinal, plannedOpening: isoToDateOnly(opening), plannedClosing: isoToDateOnly(closing), venue: "Hội trường Đảng ủy xã Tân Uyên", isPilot: false, status: "PREPARING" },
    });
  }

  const pilots = new Set((spec.units ?? []).filter((g) => g.pilot).map((g) => g.name));
  const units = await db.unit.findMany({
    where: { parentId: organisation.id, kind: { in: ["GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL"] }, status: "ACTIVE" },
    select: { id: true, name: true, congresses: { select: { termStart: true, ordinal: true } } },
    orderBy: { code: "asc" },
  });
  for (const [i, u] of units.entries()) {
    if (u.congresses.some((c) => c.termStart === start)) continue;
    const plan = grassrootsPlan(i, units.length, pilots.has(u.name), today);
    if (!plan) continue;
    const last = u.congresses.find((c) => c.termStart === DEMO_TERM.start)?.ordinal ?? 0;
    await db.congress.create({
      data: {
        unitId: u.id,
        ...place,
        ...term,
        ordinal: last + 1,
        plannedOpening: isoToDateOnly(plan.opening),
        plannedClosing: isoToDateOnly(plan.opening),
        heldOn: plan.held ? isoToDateOnly(plan.opening) : null,
        isPilot: pilots.has(u.name),
        status: plan.held ? "HELD" : "PREPARING",
      },
    });
  }
}

const LEAD = "tieuban.tanuyen@daihoi.example";
const MEMBER = "thanhvien.tanuyen@daihoi.example";
const ORGANIZER = "tochuc.tanuyen@daihoi.example";

/** xã Tân Uyên's preparation as it stands on `today`, six weeks before the opening. */
export function nextTermPlanning(today: string): PlanningSpec {
  const on = (days: number) => addDays(today, days);
  const previous = DEMO_PLANNING.find((p) => p.organisation === NEXT_TERM.history && p.termStart === DEMO_TERM.start)!;
  return {
    organisation: NEXT_TERM.organisation,
    termStart: nextTerm(today).start,
    // The standard calendar's milestones up to the pilot congresses are done; the grassroots
    // congresses are late (a few still to hold), the drafts are on their way to the province.
    doneUntil: on(-30),
    subCommittees: previous.subCommittees.map((s, i) => ({ ...s, decision: `Quyết định số ${124 + i}-QĐ/ĐU`, decidedOn: on(-290) })),
    milestones: {
      GRASSROOTS_CONGRESSES: { plannedOn: on(-4), status: "IN_PROGRESS" },
      DOCUMENTS_SENT_UP: { plannedOn: on(11), status: "IN_PROGRESS" },
    },
    tasks: [
      {
        title: "Xây dựng dự thảo Báo cáo chính trị trình Đại hội",
        sub: "DOCUMENTS",
        status: "DONE",
        priority: "HIGH",
        dueOn: on(-60),
        assignees: [LEAD],
        milestone: "DOCUMENTS_SENT_UP",
        comments: [{ by: ORGANIZER, body: "Đề nghị bổ sung số liệu kinh tế - xã hội của năm cuối nhiệm kỳ trước khi trình Ban Thường vụ." }],
      },
      {
        title: "Tiếp thu ý kiến góp ý của cán bộ, đảng viên và Nhân dân vào dự thảo văn kiện",
        sub: "DOCUMENTS",
        status: "IN_PROGRESS",
        priority: "URGENT",
        dueOn: on(3),
        assignees: [LEAD, MEMBER],
        milestone: "DOCUMENTS_SENT_UP",
        comments: [{ by: LEAD, body: "Đã tiếp thu 12/15 ý kiến; còn 3 ý kiến về chỉ tiêu giảm nghèo cần xin ý kiến Thường trực." }],
      },
      { title: "Trình Ban Thường vụ Tỉnh ủy dự thảo văn kiện Đại hội", sub: "DOCUMENTS", status: "TODO", priority: "HIGH", dueOn: on(10), assignees: [LEAD], milestone: "DOCUMENTS_SENT_UP" },
      { title: "Hoàn thiện Chương trình hành động thực hiện Nghị quyết Đại hội", sub: "DOCUMENTS", status: "TODO", dueOn: on(30), assignees: [MEMBER], milestone: "CONGRESS_OPENS" },
      { title: "In ấn văn kiện phát cho đại biểu", sub: "DOCUMENTS", status: "BLOCKED", priority: "HIGH", dueOn: on(35), assignees: [MEMBER], description: "Chờ bản hoàn chỉnh của Nghị quyết và Chương trình hành động." },
      { title: "Xây dựng Đề án nhân sự Ban Chấp hành khóa mới", sub: "PERSONNEL", status: "DONE", priority: "HIGH", dueOn: on(-90) },
      { title: "Tổng hợp lý lịch trích ngang nhân sự tái cử và tham gia lần đầu", sub: "PERSONNEL", status: "IN_PROGRESS", dueOn: on(-3) },
      { title: "Đôn đốc các chi bộ chưa tổ chức đại hội", sub: "PERSONNEL", status: "IN_PROGRESS", priority: "HIGH", dueOn: on(5), assignees: [ORGANIZER], milestone: "GRASSROOTS_CONGRESSES" },
      { title: "Tổng hợp danh sách đại biểu do đại hội các chi bộ bầu", sub: "PERSONNEL", status: "TODO", dueOn: on(-1), assignees: [ORGANIZER] },
      { title: "Dự trù kinh phí tổ chức Đại hội", sub: "SERVICE", status: "DONE", dueOn: on(-45) },
      { title: "Bố trí nơi ăn nghỉ cho đại biểu các bản vùng cao", sub: "SERVICE", status: "TODO", dueOn: on(6), assignees: [MEMBER] },
      { title: "Rà soát phương tiện đưa đón đại biểu các bản vùng cao", sub: "SERVICE", status: "BLOCKED", dueOn: on(-6), description: "Chờ danh sách đại biểu do đại hội các chi bộ bầu." },
      { title: "Gửi thông tri triệu tập đại biểu", sub: "SERVICE", status: "TODO", priority: "HIGH", dueOn: on(22), milestone: "CONVOCATION" },
      { title: "Chuẩn bị hội trường Đảng ủy xã", sub: "SERVICE", status: "TODO", dueOn: on(38), assignees: [MEMBER] },
    ],
    documents: {
      POLITICAL_REPORT: { status: "SENT_UP", steps: [on(-200), on(-120), on(-10)], file: "Du thao Bao cao chinh tri nhiem ky 2025-2030" },
      SELF_REVIEW: { status: "COMMENTS_RECEIVED", steps: [on(-200), on(-110), on(-30), on(-8)] },
      RESOLUTION: { status: "INTERNAL_REVIEW", steps: [on(-90), on(-20)] },
      ACTION_PROGRAMME: { status: "DRAFT", steps: [on(-40)] },
      PERSONNEL_SCHEME: { status: "INTERNAL_REVIEW", steps: [on(-100), on(-25)], notes: "Đang xin ý kiến Ban Thường vụ Tỉnh ủy về số lượng, cơ cấu Ban Chấp hành khóa mới." },
    },
  };
}

/**
 * The new congress's roster, mid-preparation: the commune's committee ex officio, the delegates the
 * cells' congresses held so far have elected, nobody reviewed yet.
 */
export const nextTermRoster = (today: string): RosterProfile => ({
  organisation: NEXT_TERM.organisation,
  termStart: nextTerm(today).start,
  total: 150,
  exOfficio: 25,
  appointed: 0,
  ethnicities: [["Kinh", 74], ["Thái", 13], ["Mông", 6], ["Dao", 3], ["Giáy", 2], ["Khơ Mú", 1], ["Lự", 1]],
  women: 0.2,
  village: "bản",
  reviewed: false,
  pendingEvery: 1,
  rejected: [],
  checkedInEvery: 0,
  groups: 10,
  reviewer: null,
  seed: 20250000 + NEXT_TERM.daysToOpening,
});
