// Factories for tests: every call makes uniquely named records, so tests never depend on each
// other's data and can run in parallel on one database.
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import type { Role } from "../../lib/auth/access";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export const unique = (prefix = "t") => `${prefix}${randomBytes(4).toString("hex")}`;

export type TestUnit = { id: string; code: string; name: string };
export type TestDistrict = TestUnit & { provinceId: string; congressId: string; grassroots: TestUnit[] };

export async function createProvince(db: PrismaClient, name = `Đảng bộ tỉnh ${unique("Thử ")}`): Promise<TestUnit> {
  const code = unique("P");
  const unit = await db.unit.create({ data: { code, name, kind: "PROVINCE" }, select: { id: true } });
  await db.unit.update({ where: { id: unit.id }, data: { provinceId: unit.id } });
  return { id: unit.id, code, name };
}

/** A district with `grassroots` communes (each with its congress) and the district congress. */
export async function createDistrict(
  db: PrismaClient,
  province: TestUnit,
  options: { name?: string; grassroots?: number; opening?: string } = {},
): Promise<TestDistrict> {
  const code = unique("D");
  const name = options.name ?? `Đảng bộ huyện ${unique("Thử ")}`;
  const district = await db.unit.create({
    data: { code, name, kind: "DISTRICT", parentId: province.id, provinceId: province.id, memberCount: 1000 },
    select: { id: true },
  });
  await db.unit.update({ where: { id: district.id }, data: { districtId: district.id } });
  const place = { provinceId: province.id, districtId: district.id };
  const grassroots: TestUnit[] = [];
  for (let i = 0; i < (options.grassroots ?? 3); i++) {
    const g = await db.unit.create({
      data: { code: `${code}-${i + 1}`, name: `Đảng bộ xã Số ${i + 1} ${code}`, kind: "GRASSROOTS_COMMITTEE", block: "COMMUNE", parentId: district.id, ...place, memberCount: 100 + i },
      select: { id: true, code: true, name: true },
    });
    grassroots.push(g);
  }
  const opening = new Date(`${options.opening ?? "2030-06-08"}T00:00:00Z`);
  const congress = await db.congress.create({
    data: { unitId: district.id, ...place, ordinal: 5, termStart: 2030, termEnd: 2035, plannedOpening: opening, plannedClosing: new Date(opening.getTime() + 2 * 86_400_000), venue: "Hội trường huyện" },
    select: { id: true },
  });
  return { id: district.id, code, name, provinceId: province.id, congressId: congress.id, grassroots };
}

export type TestUser = { id: string; email: string; name: string; password: string; role: Role };

export async function createUser(
  db: PrismaClient,
  role: Role,
  unitId: string | null,
  password = `pw-${randomBytes(8).toString("hex")}`,
  name = `Người Thử ${role}`,
): Promise<TestUser> {
  const email = `${unique("u")}@test.example`;
  const user = await db.user.create({
    data: { email, name, passwordHash: await hashPassword(password), grants: { create: { role, unitId } } },
    select: { id: true },
  });
  return { id: user.id, email, name, password, role };
}

/**
 * Two provinces: the first with two districts, the second with one; so every check can be made
 * on the caller's own district, another district of the same province, and another province.
 */
export async function createWorld(db: PrismaClient) {
  const province = await createProvince(db);
  const otherProvince = await createProvince(db);
  const [district, sameProvinceDistrict, otherProvinceDistrict] = await Promise.all([
    createDistrict(db, province),
    createDistrict(db, province),
    createDistrict(db, otherProvince),
  ]);
  return { province, otherProvince, district, sameProvinceDistrict, otherProvinceDistrict };
}
export type World = Awaited<ReturnType<typeof createWorld>>;

/** One user per role, each granted on the world's own district (its province for overseers). */
export async function createRoleUsers(db: PrismaClient, world: World): Promise<Record<Role, TestUser>> {
  const entries = await Promise.all(
    (["ADMIN", "PROVINCE_OVERSEER", "DISTRICT_ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"] as const).map(async (role) => {
      const unitId = role === "ADMIN" ? null : role === "PROVINCE_OVERSEER" ? world.province.id : world.district.id;
      return [role, await createUser(db, role, unitId)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Role, TestUser>;
}

export type DelegateSpec = {
  fullName: string;
  gender?: "MALE" | "FEMALE";
  birthDate?: string;
  ethnicity?: string;
  category?: "EX_OFFICIO" | "ELECTED" | "APPOINTED";
  homeUnitId?: string | null;
  credentialStatus?: "PENDING" | "ACCEPTED" | "REJECTED";
  alternate?: boolean;
};

/** Delegates on a district's congress, with the name split and search key the app would store. */
export async function createDelegates(db: PrismaClient, district: TestDistrict, specs: DelegateSpec[]) {
  const { splitName, searchKey } = await import("../../lib/delegates/names");
  const rows = specs.map((s) => {
    const fullName = s.fullName.normalize("NFC");
    const birth = s.birthDate ?? "1980-01-15";
    return {
      congressId: district.congressId,
      provinceId: district.provinceId,
      districtId: district.id,
      fullName,
      ...splitName(fullName),
      searchKey: searchKey(fullName),
      gender: s.gender ?? "MALE",
      birthDate: new Date(`${birth}T00:00:00Z`),
      birthYear: Number(birth.slice(0, 4)),
      ethnicity: s.ethnicity ?? "Kinh",
      category: s.category ?? "ELECTED",
      homeUnitId: s.homeUnitId === undefined ? (district.grassroots[0]?.id ?? null) : s.homeUnitId,
      credentialStatus: s.credentialStatus ?? "PENDING",
      alternate: s.alternate ?? false,
    };
  });
  await db.delegate.createMany({ data: rows });
  return db.delegate.findMany({ where: { congressId: district.congressId }, select: { id: true, fullName: true, version: true } });
}

// Planning factories: records of a congress's planning, made directly in the database (the
// actions under test make theirs through the app).

type PlanningPlace = { congressId: string; provinceId: string; districtId: string };
export const planningPlace = (district: TestDistrict): PlanningPlace => ({ congressId: district.congressId, provinceId: district.provinceId, districtId: district.id });
const dateOnly = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function createSubCommittee(
  db: PrismaClient,
  district: TestDistrict,
  options: { name?: string; kind?: "DOCUMENTS" | "PERSONNEL" | "SERVICE" | "PROPAGANDA" | "CONTENT" | null; members?: { userId?: string; fullName?: string; position: "HEAD" | "DEPUTY" | "MEMBER" | "SECRETARY" }[] } = {},
) {
  const place = planningPlace(district);
  const sub = await db.subCommittee.create({
    data: { ...place, kind: options.kind ?? null, name: options.name ?? `Tiểu ban ${unique("Thử ")}` },
    select: { id: true, name: true },
  });
  const members = [];
  for (const m of options.members ?? []) {
    members.push(
      await db.subCommitteeMember.create({
        data: { subCommitteeId: sub.id, provinceId: place.provinceId, districtId: place.districtId, userId: m.userId ?? null, fullName: m.fullName ?? `Người Thử ${unique()}`, position: m.position },
        select: { id: true },
      }),
    );
  }
  return { ...sub, memberIds: members.map((m) => m.id) };
}

export async function createTask(
  db: PrismaClient,
  district: TestDistrict,
  options: { title?: string; subCommitteeId?: string | null; milestoneId?: string | null; assigneeIds?: string[]; dueOn?: string | null; status?: "TODO" | "IN_PROGRESS" | "BLOCKED" | "DONE" } = {},
) {
  const { congressId, ...scope } = planningPlace(district);
  return db.task.create({
    data: {
      congressId,
      ...scope,
      title: options.title ?? `Nhiệm vụ ${unique()}`,
      subCommitteeId: options.subCommitteeId ?? null,
      milestoneId: options.milestoneId ?? null,
      dueOn: options.dueOn ? dateOnly(options.dueOn) : null,
      status: options.status ?? "TODO",
      assignees: { create: (options.assigneeIds ?? []).map((userId) => ({ userId, ...scope })) },
    },
    select: { id: true, title: true },
  });
}

export async function createMilestone(db: PrismaClient, district: TestDistrict, options: { name?: string; plannedOn?: string; status?: "PLANNED" | "IN_PROGRESS" | "DONE" } = {}) {
  return db.milestone.create({
    data: { ...planningPlace(district), name: options.name ?? `Mốc ${unique()}`, plannedOn: dateOnly(options.plannedOn ?? "2030-01-15"), status: options.status ?? "PLANNED" },
    select: { id: true, name: true },
  });
}

export async function createCongressDocument(db: PrismaClient, district: TestDistrict, options: { title?: string; status?: "DRAFT" | "INTERNAL_REVIEW" | "SENT_UP" | "COMMENTS_RECEIVED" | "FINAL" } = {}) {
  return db.congressDocument.create({
    data: { ...planningPlace(district), title: options.title ?? `Văn kiện ${unique()}`, status: options.status ?? "DRAFT" },
    select: { id: true, title: true },
  });
}
