// The demo rosters of the 2020 congresses (Tân Uyên's next congress has its own in
// demo-next-term.ts). Tân Uyên: 247 delegates to the organisation congress of 8/6/2020 (the
// convocation notice went to 247): the outgoing executive committee ex officio (37, two more than
// the new committee's 35), a few appointed, the rest elected by the 47 grassroots organisations
// within quotas apportioned by party members; composition near the personnel scheme's figures
// (about 17% women, a fifth to a quarter ethnic minorities, about 31% under 40); shared into
// discussion groups, a dozen already checked in on the opening morning. The other organisations have
// lighter rosters with the ethnic groups of their provinces and more credentials still pending.
// All synthetic.
import { apportionSeats } from "../../lib/delegates/apportion";
import { distributeGroups, groupName, seatNumbers } from "../../lib/delegates/groups";
import { compareByName, searchKey, splitName } from "../../lib/delegates/names";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { type Gender, personName } from "./names";
import { createRandom, type Random } from "./random";

export type RosterProfile = {
  organisation: string;
  /** The congress's term; a roster of a term not yet held holds only what is known so far. */
  termStart: number;
  total: number;
  exOfficio: number;
  appointed: number;
  /** Share of each ethnic group, in weights. */
  ethnicities: [string, number][];
  women: number;
  /** What a village is called there (bản, ấp, bon, thôn), for the positions. */
  village: string;
  /**
   * false: the credentials review has not started (everyone pending, no groups yet) and only the
   * grassroots organisations whose congress of the term is held have elected their delegates.
   */
  reviewed?: boolean;
  /** Every nth delegate still waits for the credentials review; `rejected` lists positions. */
  pendingEvery: number;
  rejected: number[];
  /** Every nth accepted delegate has checked in on the opening morning (0: none yet). */
  checkedInEvery: number;
  groups: number;
  reviewer: string | null;
  seed: number;
};

export const DEMO_ROSTERS: RosterProfile[] = [
  {
    organisation: "LC-TU",
    termStart: 2020,
    total: 247,
    exOfficio: 37,
    appointed: 5,
    ethnicities: [["Kinh", 77], ["Thái", 11], ["Mông", 5], ["Dao", 3], ["Giáy", 2], ["Khơ Mú", 1], ["Lự", 1]],
    women: 0.19,
    village: "bản",
    pendingEvery: 97,
    rejected: [120],
    checkedInEvery: 20,
    groups: 10,
    reviewer: "tochuc.tanuyen@daihoi.example",
    seed: 20200608,
  },
  {
    organisation: "AG-AP",
    termStart: 2020,
    total: 190,
    exOfficio: 33,
    appointed: 3,
    ethnicities: [["Kinh", 86], ["Chăm", 8], ["Khmer", 3], ["Hoa", 3]],
    women: 0.21,
    village: "ấp",
    pendingEvery: 9,
    rejected: [64],
    checkedInEvery: 0,
    groups: 8,
    reviewer: "tochuc.anphu@daihoi.example",
    seed: 20200812,
  },
  {
    organisation: "BL-PL",
    termStart: 2020,
    total: 160,
    exOfficio: 31,
    appointed: 2,
    ethnicities: [["Kinh", 86], ["Khmer", 11], ["Hoa", 3]],
    women: 0.22,
    village: "ấp",
    pendingEvery: 8,
    rejected: [],
    checkedInEvery: 0,
    groups: 6,
    reviewer: null,
    seed: 20200813,
  },
  {
    organisation: "DNO-DS",
    termStart: 2020,
    total: 150,
    exOfficio: 33,
    appointed: 3,
    ethnicities: [["Kinh", 68], ["Mnông", 14], ["Ê Đê", 4], ["Mạ", 3], ["Tày", 5], ["Nùng", 4], ["Dao", 2]],
    women: 0.18,
    village: "bon",
    pendingEvery: 7,
    rejected: [],
    checkedInEvery: 0,
    groups: 6,
    reviewer: null,
    seed: 20200818,
  },
  {
    organisation: "BK-NS",
    termStart: 2020,
    total: 130,
    exOfficio: 29,
    appointed: 2,
    ethnicities: [["Tày", 46], ["Dao", 20], ["Nùng", 14], ["Kinh", 12], ["Mông", 6], ["Sán Chay", 2]],
    women: 0.24,
    village: "thôn",
    pendingEvery: 11,
    rejected: [],
    checkedInEvery: 0,
    groups: 5,
    reviewer: null,
    seed: 20200715,
  },
];

const EDUCATION = ["12/12, Đại học Luật", "12/12, Đại học Hành chính", "12/12, Thạc sĩ Quản lý kinh tế", "12/12, Đại học Sư phạm", "12/12, Cao đẳng Nông lâm", "12/12, Đại học Kinh tế", "9/12, Trung cấp Nông nghiệp"];
const EX_OFFICIO_POSITIONS = ["Ủy viên Ban Thường vụ Huyện ủy", "Huyện ủy viên, Trưởng phòng", "Huyện ủy viên, Bí thư Đảng ủy xã", "Phó Bí thư Huyện ủy", "Huyện ủy viên, Chủ tịch Ủy ban MTTQ huyện"];
const communePositions = (village: string) => ["Bí thư Đảng ủy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND", "Đảng ủy viên", `Bí thư chi bộ ${village}`, `Trưởng ${village}`, "Chủ tịch Hội Phụ nữ"];
const AGENCY_POSITIONS = ["Bí thư chi bộ", "Phó Bí thư chi bộ", "Trưởng phòng", "Phó Giám đốc", "Chi ủy viên", "Chuyên viên"];

function weighted(random: Random, items: [string, number][]): string {
  let n = random.next() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) if ((n -= w) < 0) return item;
  return items[0]![0];
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

/**
 * One organisation's roster and quotas. Idempotent without undoing what a demo user changed: quotas
 * and roster are made once, when the congress has none.
 */
export async function seedDemoDelegates(db: PrismaClient, profile: RosterProfile): Promise<number> {
  const organisation = await db.unit.findUniqueOrThrow({ where: { code: profile.organisation }, select: { id: true, provinceId: true } });
  const congress = await db.congress.findFirstOrThrow({ where: { unitId: organisation.id, termStart: profile.termStart }, select: { id: true, plannedOpening: true } });
  const reviewed = profile.reviewed ?? true;
  const opening = congress.plannedOpening!.toISOString().slice(0, 10);
  const units = await db.unit.findMany({ where: { parentId: organisation.id, status: "ACTIVE" }, select: { id: true, name: true, memberCount: true }, orderBy: { code: "asc" } });
  const place = { provinceId: organisation.provinceId, organisationId: organisation.id };
  const quotas = apportionSeats(units.map((u) => ({ unitId: u.id, members: u.memberCount ?? 0 })), profile.total - profile.exOfficio - profile.appointed);
  for (const q of quotas) {
    await db.delegateQuota.upsert({
      where: { congressId_unitId: { congressId: congress.id, unitId: q.unitId } },
      create: { congressId: congress.id, unitId: q.unitId, seats: q.seats, ...place },
      update: {},
    });
  }
  if ((await db.delegate.count({ where: { congressId: congress.id } })) > 0) return 0;

  const random = createRandom(profile.seed);
  const reviewer = profile.reviewer ? await db.user.findFirst({ where: { email: profile.reviewer }, select: { id: true } }) : null;
  // Mid-preparation, only the grassroots congresses already held have elected their delegates.
  const electedBy = reviewed
    ? null
    : new Set((await db.congress.findMany({ where: { organisationId: organisation.id, termStart: profile.termStart, status: "HELD", unitId: { not: organisation.id } }, select: { unitId: true } })).map((c) => c.unitId));
  const seen = new Set<string>();
  const people: { category: "EX_OFFICIO" | "ELECTED" | "APPOINTED"; unitId: string | null; unitName: string | null }[] = [
    ...Array.from({ length: profile.exOfficio }, () => ({ category: "EX_OFFICIO" as const, unitId: null, unitName: null })),
    ...Array.from({ length: profile.appointed }, () => ({ category: "APPOINTED" as const, unitId: null, unitName: null })),
    ...quotas.filter((q) => !electedBy || electedBy.has(q.unitId)).flatMap((q) => {
      const unit = units.find((u) => u.id === q.unitId)!;
      return Array.from({ length: q.seats }, () => ({ category: "ELECTED" as const, unitId: unit.id, unitName: unit.name }));
    }),
  ];
  let accepted = 0;
  const rows = people.map((p, i) => {
    const gender: Gender = random.chance(profile.women) ? "FEMALE" : "MALE";
    const ethnicity = weighted(random, profile.ethnicities);
    let fullName = personName(random, gender, ethnicity);
    const young = random.chance(p.category === "EX_OFFICIO" ? 0.12 : 0.34);
    // Ages as of the term's congress: under 40 means born in the 14 years before it.
    const shift = profile.termStart - 2020;
    const year = (young ? random.int(1981, 1994) : random.int(1962, 1979)) + shift;
    const birth = iso(year, random.int(1, 12), random.int(1, 28));
    while (seen.has(`${fullName}|${birth}`)) fullName = personName(random, gender, ethnicity);
    seen.add(`${fullName}|${birth}`);
    const yearOnly = random.chance(0.04);
    const status = !reviewed ? "PENDING" : profile.rejected.includes(i) ? "REJECTED" : i % profile.pendingEvery === 5 ? "PENDING" : "ACCEPTED";
    const theory = p.category === "ELECTED" ? weighted(random, [["INTERMEDIATE", 60], ["ELEMENTARY", 25], ["ADVANCED", 12], ["BACHELOR", 3]]) : weighted(random, [["ADVANCED", 75], ["BACHELOR", 15], ["INTERMEDIATE", 10]]);
    const commune = /^Đảng bộ (xã|thị trấn)/.test(p.unitName ?? "");
    const position = p.category === "ELECTED" ? `${random.pick(commune ? communePositions(profile.village) : AGENCY_POSITIONS)}, ${p.unitName!.replace(/^Đảng bộ |^Chi bộ /, "")}` : random.pick(EX_OFFICIO_POSITIONS);
    const arrivedAt = `${opening}T00:${String(random.int(10, 59)).padStart(2, "0")}:00.000Z`;
    const present = status === "ACCEPTED" && profile.checkedInEvery > 0 && accepted++ % profile.checkedInEvery === 3;
    return {
      congressId: congress.id,
      ...place,
      homeUnitId: p.unitId,
      fullName,
      ...splitName(fullName),
      searchKey: searchKey(fullName),
      gender,
      birthDate: yearOnly ? null : day(birth),
      birthYear: year,
      ethnicity,
      partyAdmissionDate: day(iso(Math.min(year + random.int(20, 30), profile.termStart - 1), random.int(1, 12), random.int(1, 28))),
      educationLevel: random.pick(EDUCATION),
      theoryLevel: theory as "ELEMENTARY" | "INTERMEDIATE" | "ADVANCED" | "BACHELOR",
      position,
      category: p.category,
      credentialStatus: status as "PENDING" | "ACCEPTED" | "REJECTED",
      credentialReason: status === "REJECTED" ? "Đang trong thời gian bị xem xét kỷ luật" : null,
      credentialReviewerId: status === "PENDING" ? null : (reviewer?.id ?? null),
      credentialReviewedAt: status === "PENDING" ? null : new Date(`${opening}T01:30:00.000Z`),
      checkedInAt: present ? new Date(arrivedAt) : null,
      group: null as string | null,
      seat: null as string | null,
    };
  });

  if (!reviewed) {
    await db.delegate.createMany({ data: rows });
    return rows.length;
  }
  // Discussion groups and seats for the official delegates, as the groups page would share them.
  const official = rows
    .map((r, i) => ({ ...r, id: String(i) }))
    .filter((r) => r.credentialStatus === "ACCEPTED")
    .sort((a, b) => compareByName(a, b) || a.birthYear - b.birthYear)
    .map((r) => ({ id: r.id, unitId: r.homeUnitId }));
  const groups = distributeGroups(official, profile.groups);
  const seats = seatNumbers(official, groups, profile.groups);
  for (const m of official) {
    rows[Number(m.id)]!.group = groupName("Tổ", groups.get(m.id)!);
    rows[Number(m.id)]!.seat = seats.get(m.id)!;
  }
  await db.delegate.createMany({ data: rows });
  return rows.length;
}
