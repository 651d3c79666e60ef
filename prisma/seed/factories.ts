// Factories for tests: every call makes uniquely named records, so tests never depend on each
// other's data and can run in parallel on one database.
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import type { Role } from "../../lib/auth/access";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { OrganisationKind } from "../../lib/units/levels";

export const unique = (prefix = "t") => `${prefix}${randomBytes(4).toString("hex")}`;

export type TestUnit = { id: string; code: string; name: string };
export type TestOrganisation = TestUnit & { kind: OrganisationKind; provinceId: string; congressId: string; grassroots: TestUnit[] };

export async function createProvince(db: PrismaClient, name = `Đảng bộ tỉnh ${unique("Thử ")}`): Promise<TestUnit> {
  const code = unique("P");
  const unit = await db.unit.create({ data: { code, name, kind: "PROVINCE" }, select: { id: true } });
  // A province is its own province and its own organisation (its own congress).
  await db.unit.update({ where: { id: unit.id }, data: { provinceId: unit.id, organisationId: unit.id } });
  return { id: unit.id, code, name };
}

const LEVEL_NAME: Record<OrganisationKind, string> = {
  PROVINCE: "Đảng bộ tỉnh",
  DISTRICT: "Đảng bộ huyện",
  COMMUNE: "Đảng bộ xã",
  WARD: "Đảng bộ phường",
  SPECIAL_ZONE: "Đảng bộ đặc khu",
  PROVINCE_COMMITTEE: "Đảng bộ",
};

/**
 * An organisation under a province (a commune unless `kind` says otherwise) with `grassroots`
 * units below it and its congress (term 2030–2035 by default; a district's must be dated before
 * 1/7/2025).
 */
export async function createOrganisation(
  db: PrismaClient,
  province: TestUnit,
  options: { name?: string; grassroots?: number; opening?: string; kind?: Exclude<OrganisationKind, "PROVINCE"> } = {},
): Promise<TestOrganisation> {
  const kind = options.kind ?? "COMMUNE";
  const code = unique("D");
  const name = options.name ?? `${LEVEL_NAME[kind]} ${unique("Thử ")}`;
  const organisation = await db.unit.create({
    data: { code, name, kind, parentId: province.id, provinceId: province.id, memberCount: 1000 },
    select: { id: true },
  });
  await db.unit.update({ where: { id: organisation.id }, data: { organisationId: organisation.id } });
  const place = { provinceId: province.id, organisationId: organisation.id };
  const grassroots: TestUnit[] = [];
  for (let i = 0; i < (options.grassroots ?? 3); i++) {
    const g = await db.unit.create({
      data: { code: `${code}-${i + 1}`, name: `Đảng bộ cơ sở Số ${i + 1} ${code}`, kind: "GRASSROOTS_COMMITTEE", block: kind === "DISTRICT" ? "COMMUNE" : "SECTOR", parentId: organisation.id, ...place, memberCount: 100 + i },
      select: { id: true, code: true, name: true },
    });
    grassroots.push(g);
  }
  const openingDay = options.opening ?? (kind === "DISTRICT" ? "2020-06-08" : "2030-06-08");
  const opening = new Date(`${openingDay}T00:00:00Z`);
  const termStart = kind === "DISTRICT" ? 2020 : 2030;
  const congress = await db.congress.create({
    data: { unitId: organisation.id, ...place, ordinal: 5, termStart, termEnd: termStart + 5, plannedOpening: opening, plannedClosing: new Date(opening.getTime() + 2 * 86_400_000), venue: "Hội trường" },
    select: { id: true },
  });
  return { id: organisation.id, kind, code, name, provinceId: province.id, congressId: congress.id, grassroots };
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
 * Two provinces: the first with two organisations, the second with one; so every check can be made
 * on the caller's own organisation, another organisation of the same province, and another province.
 */
export async function createWorld(db: PrismaClient) {
  const province = await createProvince(db);
  const otherProvince = await createProvince(db);
  const [organisation, sameProvinceOrganisation, otherProvinceOrganisation] = await Promise.all([
    createOrganisation(db, province),
    createOrganisation(db, province),
    createOrganisation(db, otherProvince),
  ]);
  const provinceOrganisation = await createProvinceCongress(db, province, [organisation, sameProvinceOrganisation]);
  return { province, otherProvince, organisation, sameProvinceOrganisation, otherProvinceOrganisation, provinceOrganisation };
}

/**
 * The province's own congress (term 2030–2035), its delegates sent by the organisations below it:
 * the province as an organisation, with those organisations as its "grassroots".
 */
export async function createProvinceCongress(db: PrismaClient, province: TestUnit, below: TestUnit[]): Promise<TestOrganisation> {
  const opening = new Date("2030-10-15T00:00:00Z");
  const congress = await db.congress.create({
    data: { unitId: province.id, provinceId: province.id, organisationId: province.id, ordinal: 15, termStart: 2030, termEnd: 2035, plannedOpening: opening, plannedClosing: new Date("2030-10-17T00:00:00Z"), venue: "Hội trường Tỉnh ủy" },
    select: { id: true },
  });
  return { ...province, kind: "PROVINCE", provinceId: province.id, congressId: congress.id, grassroots: below.map((u) => ({ id: u.id, code: u.code, name: u.name })) };
}
export type World = Awaited<ReturnType<typeof createWorld>>;

/** One user per role, each granted on the world's own organisation (its province for overseers). */
export async function createRoleUsers(db: PrismaClient, world: Pick<World, "province" | "organisation">): Promise<Record<Role, TestUser>> {
  const entries = await Promise.all(
    (["ADMIN", "PROVINCE_OVERSEER", "ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER", "VIEWER"] as const).map(async (role) => {
      const unitId = role === "ADMIN" ? null : role === "PROVINCE_OVERSEER" ? world.province.id : world.organisation.id;
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

/** Delegates on an organisation's congress, with the name split and search key the app would store. */
export async function createDelegates(db: PrismaClient, organisation: TestOrganisation, specs: DelegateSpec[]) {
  const { splitName, searchKey } = await import("../../lib/delegates/names");
  const rows = specs.map((s) => {
    const fullName = s.fullName.normalize("NFC");
    const birth = s.birthDate ?? "1980-01-15";
    return {
      congressId: organisation.congressId,
      provinceId: organisation.provinceId,
      organisationId: organisation.id,
      fullName,
      ...splitName(fullName),
      searchKey: searchKey(fullName),
      gender: s.gender ?? "MALE",
      birthDate: new Date(`${birth}T00:00:00Z`),
      birthYear: Number(birth.slice(0, 4)),
      ethnicity: s.ethnicity ?? "Kinh",
      category: s.category ?? "ELECTED",
      homeUnitId: s.homeUnitId === undefined ? (organisation.grassroots[0]?.id ?? null) : s.homeUnitId,
      credentialStatus: s.credentialStatus ?? "PENDING",
      alternate: s.alternate ?? false,
    };
  });
  await db.delegate.createMany({ data: rows });
  return db.delegate.findMany({ where: { congressId: organisation.congressId }, select: { id: true, fullName: true, version: true } });
}

// Planning factories: records of a congress's planning, made directly in the database (the
// actions under test make theirs through the app).

type PlanningPlace = { congressId: string; provinceId: string; organisationId: string };
export const planningPlace = (organisation: TestOrganisation): PlanningPlace => ({ congressId: organisation.congressId, provinceId: organisation.provinceId, organisationId: organisation.id });
const dateOnly = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function createSubCommittee(
  db: PrismaClient,
  organisation: TestOrganisation,
  options: { name?: string; kind?: "DOCUMENTS" | "PERSONNEL" | "SERVICE" | "PROPAGANDA" | "CONTENT" | null; members?: { userId?: string; fullName?: string; position: "HEAD" | "DEPUTY" | "MEMBER" | "SECRETARY" }[] } = {},
) {
  const place = planningPlace(organisation);
  const sub = await db.subCommittee.create({
    data: { ...place, kind: options.kind ?? null, name: options.name ?? `Tiểu ban ${unique("Thử ")}` },
    select: { id: true, name: true },
  });
  const members = [];
  for (const m of options.members ?? []) {
    members.push(
      await db.subCommitteeMember.create({
        data: { subCommitteeId: sub.id, provinceId: place.provinceId, organisationId: place.organisationId, userId: m.userId ?? null, fullName: m.fullName ?? `Người Thử ${unique()}`, position: m.position },
        select: { id: true },
      }),
    );
  }
  return { ...sub, memberIds: members.map((m) => m.id) };
}

export async function createTask(
  db: PrismaClient,
  organisation: TestOrganisation,
  options: { title?: string; subCommitteeId?: string | null; milestoneId?: string | null; assigneeIds?: string[]; dueOn?: string | null; status?: "TODO" | "IN_PROGRESS" | "BLOCKED" | "DONE" } = {},
) {
  const { congressId, ...scope } = planningPlace(organisation);
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

export async function createMilestone(db: PrismaClient, organisation: TestOrganisation, options: { name?: string; plannedOn?: string; status?: "PLANNED" | "IN_PROGRESS" | "DONE" } = {}) {
  return db.milestone.create({
    data: { ...planningPlace(organisation), name: options.name ?? `Mốc ${unique()}`, plannedOn: dateOnly(options.plannedOn ?? "2030-01-15"), status: options.status ?? "PLANNED" },
    select: { id: true, name: true },
  });
}

export async function createCongressDocument(db: PrismaClient, organisation: TestOrganisation, options: { title?: string; status?: "DRAFT" | "INTERNAL_REVIEW" | "SENT_UP" | "COMMENTS_RECEIVED" | "FINAL" } = {}) {
  return db.congressDocument.create({
    data: { ...planningPlace(organisation), title: options.title ?? `Văn kiện ${unique()}`, status: options.status ?? "DRAFT" },
    select: { id: true, title: true },
  });
}
