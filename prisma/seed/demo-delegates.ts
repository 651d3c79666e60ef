// The Tân Uyên roster for the demo: 247 delegates to the district congress of 8/6/2020 (the
// convocation notice went to 247): the outgoing executive committee ex officio (37, two more than
// the new committee's 35), a few appointed, the rest elected by the 47 grassroots organisations
// within quotas apportioned by party members. Composition near the personnel scheme's figures:
// about 17% women, a fifth to a quarter ethnic minorities, about 31% under 40. All synthetic.
import { apportionSeats } from "../../lib/delegates/apportion";
import { splitName, searchKey } from "../../lib/delegates/names";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { type Gender, personName } from "./names";
import { createRandom, type Random } from "./random";

const TOTAL = 247;
const EX_OFFICIO = 37;
const APPOINTED = 5;
const OPENING = "2020-06-08";

const ETHNICITIES: [string, number][] = [["Kinh", 77], ["Thái", 11], ["Mông", 5], ["Dao", 3], ["Giáy", 2], ["Khơ Mú", 1], ["Lự", 1]];
const EDUCATION = ["12/12, Đại học Luật", "12/12, Đại học Hành chính", "12/12, Thạc sĩ Quản lý kinh tế", "12/12, Đại học Sư phạm", "12/12, Cao đẳng Nông lâm", "12/12, Đại học Kinh tế", "9/12, Trung cấp Nông nghiệp"];
const EX_OFFICIO_POSITIONS = ["Ủy viên Ban Thường vụ Huyện ủy", "Huyện ủy viên, Trưởng phòng", "Huyện ủy viên, Bí thư Đảng ủy xã", "Phó Bí thư Huyện ủy", "Huyện ủy viên, Chủ tịch Ủy ban MTTQ huyện"];
const COMMUNE_POSITIONS = ["Bí thư Đảng ủy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND", "Đảng ủy viên", "Bí thư chi bộ bản", "Trưởng bản", "Chủ tịch Hội Phụ nữ"];
const AGENCY_POSITIONS = ["Bí thư chi bộ", "Phó Bí thư chi bộ", "Trưởng phòng", "Phó Giám đốc", "Chi ủy viên", "Chuyên viên"];

function weighted(random: Random, items: [string, number][]): string {
  let n = random.next() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) if ((n -= w) < 0) return item;
  return items[0]![0];
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

export async function seedDemoDelegates(db: PrismaClient, districtCode: string): Promise<number> {
  const district = await db.unit.findUniqueOrThrow({ where: { code: districtCode }, select: { id: true, provinceId: true } });
  const congress = await db.congress.findFirstOrThrow({ where: { unitId: district.id, termStart: 2020 }, select: { id: true } });
  const units = await db.unit.findMany({ where: { parentId: district.id, status: "ACTIVE" }, select: { id: true, name: true, memberCount: true }, orderBy: { code: "asc" } });
  const place = { provinceId: district.provinceId, districtId: district.id };
  const quotas = apportionSeats(units.map((u) => ({ unitId: u.id, members: u.memberCount ?? 0 })), TOTAL - EX_OFFICIO - APPOINTED);
  for (const q of quotas) {
    await db.delegateQuota.upsert({
      where: { congressId_unitId: { congressId: congress.id, unitId: q.unitId } },
      create: { congressId: congress.id, unitId: q.unitId, seats: q.seats, ...place },
      update: { seats: q.seats },
    });
  }
  // Idempotent without undoing what a demo user changed: the roster is made once.
  if ((await db.delegate.count({ where: { congressId: congress.id } })) > 0) return 0;

  const random = createRandom(20200608);
  const reviewer = await db.user.findFirst({ where: { email: "tochuc.tanuyen@daihoi.example" }, select: { id: true } });
  const seen = new Set<string>();
  const people: { category: "EX_OFFICIO" | "ELECTED" | "APPOINTED"; unitId: string | null; unitName: string | null }[] = [
    ...Array.from({ length: EX_OFFICIO }, () => ({ category: "EX_OFFICIO" as const, unitId: null, unitName: null })),
    ...Array.from({ length: APPOINTED }, () => ({ category: "APPOINTED" as const, unitId: null, unitName: null })),
    ...quotas.flatMap((q) => {
      const unit = units.find((u) => u.id === q.unitId)!;
      return Array.from({ length: q.seats }, () => ({ category: "ELECTED" as const, unitId: unit.id, unitName: unit.name }));
    }),
  ];
  const rows = people.map((p, i) => {
    const gender: Gender = random.chance(0.19) ? "FEMALE" : "MALE";
    let fullName = personName(random, gender);
    const young = random.chance(p.category === "EX_OFFICIO" ? 0.12 : 0.34);
    const year = young ? random.int(1981, 1994) : random.int(1962, 1979);
    const birth = iso(year, random.int(1, 12), random.int(1, 28));
    while (seen.has(`${fullName}|${birth}`)) fullName = personName(random, gender);
    seen.add(`${fullName}|${birth}`);
    const yearOnly = random.chance(0.04);
    const status = i === 120 ? "REJECTED" : i % 97 === 5 ? "PENDING" : "ACCEPTED";
    const theory = p.category === "ELECTED" ? weighted(random, [["INTERMEDIATE", 60], ["ELEMENTARY", 25], ["ADVANCED", 12], ["BACHELOR", 3]]) : weighted(random, [["ADVANCED", 75], ["BACHELOR", 15], ["INTERMEDIATE", 10]]);
    const commune = /^Đảng bộ (xã|thị trấn)/.test(p.unitName ?? "");
    const position = p.category === "ELECTED" ? `${random.pick(commune ? COMMUNE_POSITIONS : AGENCY_POSITIONS)}, ${p.unitName!.replace(/^Đảng bộ |^Chi bộ /, "")}` : random.pick(EX_OFFICIO_POSITIONS);
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
      ethnicity: weighted(random, ETHNICITIES),
      partyAdmissionDate: day(iso(Math.min(year + random.int(20, 30), 2019), random.int(1, 12), random.int(1, 28))),
      educationLevel: random.pick(EDUCATION),
      theoryLevel: theory as "ELEMENTARY" | "INTERMEDIATE" | "ADVANCED" | "BACHELOR",
      position,
      category: p.category,
      credentialStatus: status as "PENDING" | "ACCEPTED" | "REJECTED",
      credentialReason: status === "REJECTED" ? "Đang trong thời gian bị xem xét kỷ luật" : null,
      credentialReviewerId: status === "PENDING" ? null : (reviewer?.id ?? null),
      credentialReviewedAt: status === "PENDING" ? null : new Date(`${OPENING}T01:30:00.000Z`),
      checkedInAt: status === "ACCEPTED" ? new Date(`${OPENING}T00:${String(random.int(10, 59)).padStart(2, "0")}:00.000Z`) : null,
      group: `Tổ ${1 + (i % 10)}`,
      seat: String(i + 1),
    };
  });
  await db.delegate.createMany({ data: rows });
  return rows.length;
}
