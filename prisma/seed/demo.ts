// Loads the demo data set (demo-data.ts) idempotently: units and congresses are upserted by code,
// accounts by email, so running it twice on one day changes nothing but the demo passwords it is
// given. Tân Uyên's next congress is dated from `today` (demo-next-term.ts).
import { hashPassword } from "../../lib/auth/password";
import { isoToDateOnly, vietnamDate } from "../../lib/dates";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { isOrganisationKind } from "../../lib/units/levels";
import { DEMO_ACCOUNTS, DEMO_PROVINCES, DEMO_TERM, type DistrictSpec, type GrassrootsSpec, PROVINCE_MERGERS, REORGANISED_ON, SUCCESSORS, TODAY_PROVINCES } from "./demo-data";
import { DEMO_ROSTERS, seedDemoDelegates } from "./demo-delegates";
import { nextTermRoster, seedNextTermCongresses } from "./demo-next-term";
import { seedDemoElectionHistory } from "./demo-elections";
import { seedDemoPlanning } from "./demo-planning";
import { createRandom } from "./random";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const addDays = (iso: string, n: number) => new Date(day(iso).getTime() + n * 86_400_000);
const hashCode = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

type UnitInput = {
  code: string;
  name: string;
  kind: "PROVINCE" | "DISTRICT" | "COMMUNE" | "GRASSROOTS_COMMITTEE" | "GRASSROOTS_CELL" | "CELL";
  block?: GrassrootsSpec["block"] | null;
  parentId?: string | null;
  provinceId?: string | null;
  organisationId?: string | null;
  memberCount?: number | null;
  status?: "ACTIVE" | "DISSOLVED" | "MERGED" | "TRANSFERRED";
  successorId?: string | null;
  statusChangedOn?: Date | null;
  statusNote?: string | null;
  foundedOn?: Date | null;
};

async function upsertUnit(db: PrismaClient, input: UnitInput) {
  const data = {
    name: input.name,
    kind: input.kind,
    block: input.block ?? null,
    parentId: input.parentId ?? null,
    provinceId: input.provinceId ?? null,
    organisationId: input.organisationId ?? null,
    memberCount: input.memberCount ?? null,
    status: input.status ?? "ACTIVE",
    statusChangedOn: input.statusChangedOn ?? null,
    statusNote: input.statusNote ?? null,
    foundedOn: input.foundedOn ?? null,
    ...(input.successorId !== undefined ? { successorId: input.successorId } : {}),
  };
  const unit = await db.unit.upsert({ where: { code: input.code }, create: { code: input.code, ...data }, update: data, select: { id: true } });
  // Provinces and organisations are their own place in the access model (a province is both).
  if (input.kind === "PROVINCE") await db.unit.update({ where: { id: unit.id }, data: { provinceId: unit.id, organisationId: unit.id } });
  else if (isOrganisationKind(input.kind)) await db.unit.update({ where: { id: unit.id }, data: { organisationId: unit.id } });
  return unit.id;
}

async function upsertCongress(
  db: PrismaClient,
  input: { unitId: string; provinceId: string; organisationId: string; ordinal: number; opening: Date; closing: Date; venue?: string; isPilot: boolean; held: boolean },
) {
  const data = {
    provinceId: input.provinceId,
    organisationId: input.organisationId,
    ordinal: input.ordinal,
    termEnd: DEMO_TERM.end,
    plannedOpening: input.opening,
    plannedClosing: input.closing,
    heldOn: input.held ? input.opening : null,
    venue: input.venue ?? null,
    isPilot: input.isPilot,
    status: input.held ? ("HELD" as const) : ("PREPARING" as const),
  };
  return db.congress.upsert({
    where: { unitId_termStart: { unitId: input.unitId, termStart: DEMO_TERM.start } },
    create: { unitId: input.unitId, termStart: DEMO_TERM.start, ...data },
    update: data,
    select: { id: true },
  });
}

async function seedDistrict(db: PrismaClient, provinceId: string, spec: DistrictSpec) {
  const random = createRandom(hashCode(spec.code));
  const organisationId = await upsertUnit(db, { code: spec.code, name: spec.name, kind: "DISTRICT", parentId: provinceId, provinceId });
  const place = { provinceId, organisationId };
  const byName = new Map<string, string>();
  const merges: { id: string; into: string }[] = [];
  let organisationMembers = 0;

  for (const [i, g] of spec.grassroots.entries()) {
    const code = `${spec.code}-${String(i + 1).padStart(3, "0")}`;
    const memberCount = g.kind === "GRASSROOTS_COMMITTEE" ? random.int(60, 260) : random.int(8, 45);
    if (!g.life) organisationMembers += memberCount;
    const id = await upsertUnit(db, {
      code,
      name: g.name,
      kind: g.kind,
      block: g.block,
      parentId: organisationId,
      ...place,
      memberCount,
      status: g.life?.status ?? "ACTIVE",
      statusChangedOn: g.life ? day(g.life.on) : null,
      statusNote: g.life && "note" in g.life ? (g.life.note ?? null) : null,
      foundedOn: g.founded ? day(g.founded) : null,
    });
    byName.set(g.name, id);
    if (g.life?.status === "MERGED") merges.push({ id, into: g.life.into });
    for (const [j, cellName] of (g.cells ?? []).entries()) {
      await upsertUnit(db, {
        code: `${code}-${String(j + 1).padStart(2, "0")}`,
        name: cellName,
        kind: "CELL",
        parentId: id,
        ...place,
        memberCount: random.int(6, 40),
        status: g.life ? g.life.status : "ACTIVE",
        statusChangedOn: g.life ? day(g.life.on) : null,
      });
    }

    // Grassroots congresses: pilots first (Q1/2020), then the others up to the reported date;
    // the last `grassrootsPending` active organisations have not held theirs yet.
    if (!g.life) {
      const activeIndex = spec.grassroots.filter((x) => !x.life).indexOf(g);
      const activeCount = spec.grassroots.filter((x) => !x.life).length;
      const pending = activeIndex >= activeCount - (spec.grassrootsPending ?? 0);
      const opening = g.pilot ? addDays(spec.grassrootsHeldBy, -random.int(60, 80)) : addDays(spec.grassrootsHeldBy, -random.int(0, 45));
      await upsertCongress(db, {
        unitId: id,
        ...place,
        ordinal: random.int(3, 24),
        opening: pending ? addDays(spec.grassrootsHeldBy, 20) : opening,
        closing: pending ? addDays(spec.grassrootsHeldBy, 21) : opening,
        isPilot: g.pilot ?? false,
        held: !pending,
      });
    }
  }
  for (const m of merges) {
    await db.unit.update({ where: { id: m.id }, data: { successorId: byName.get(m.into) ?? null } });
  }
  await db.unit.update({ where: { id: organisationId }, data: { memberCount: organisationMembers } });
  await upsertCongress(db, {
    unitId: organisationId,
    ...place,
    ordinal: spec.ordinal,
    opening: day(spec.opening),
    closing: day(spec.closing),
    venue: spec.venue,
    isPilot: spec.pilot,
    held: true,
  });
  return organisationId;
}

/**
 * The map of 1/7/2025 (Resolution 60-NQ/TW): four provinces merged into others, each district
 * dissolved and its records kept by the commune named after it, which prepares the congresses from
 * then on. The districts' 2020 congresses stay as they were: nothing below a district is moved.
 */
async function seedReorganisation(db: PrismaClient) {
  const provinceIds = new Map<string, string>();
  for (const p of [...DEMO_PROVINCES, ...TODAY_PROVINCES]) provinceIds.set(p.code, await upsertUnit(db, { code: p.code, name: p.name, kind: "PROVINCE" }));
  for (const m of PROVINCE_MERGERS) {
    const name = [...DEMO_PROVINCES, ...TODAY_PROVINCES].find((p) => p.code === m.code)!.name;
    await upsertUnit(db, { code: m.code, name, kind: "PROVINCE", status: "MERGED", statusChangedOn: day(REORGANISED_ON), statusNote: "Hợp nhất theo Nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh", successorId: provinceIds.get(m.into)! });
  }
  for (const s of SUCCESSORS) {
    const provinceId = provinceIds.get(s.province)!;
    const communeId = await upsertUnit(db, { code: s.code, name: s.name, kind: "COMMUNE", parentId: provinceId, provinceId, memberCount: s.memberCount, foundedOn: day(REORGANISED_ON) });
    for (const [i, u] of (s.units ?? []).entries()) {
      await upsertUnit(db, { code: `${s.code}-${String(i + 1).padStart(3, "0")}`, name: u.name, kind: u.kind, block: u.block, parentId: communeId, provinceId, organisationId: communeId, memberCount: 20 + ((i * 7) % 45), foundedOn: day(REORGANISED_ON) });
    }
  }
}

/**
 * The end of the districts on 1/7/2025, applied last (the rosters and plans of 2020 are made on the
 * map of their day): each district dissolved, naming the commune that keeps its records; its
 * grassroots units and cells passed to the new communes (those that formed the successor merged
 * into it). Their 2020 figures stand: a unit that ended later still counts for the congress it
 * served (lib/grassroots/ratio activeOn).
 */
async function endDistricts(db: PrismaClient) {
  const on = day(REORGANISED_ON);
  for (const s of SUCCESSORS) {
    const [district, commune] = await Promise.all([s.district, s.code].map((code) => db.unit.findUniqueOrThrow({ where: { code }, select: { id: true } })));
    await db.unit.update({
      where: { id: district!.id },
      data: { status: "DISSOLVED", statusChangedOn: on, successorId: commune!.id, statusNote: `Kết thúc hoạt động cấp huyện từ ngày 01/7/2025; hồ sơ do ${s.name} lưu giữ` },
    });
    const below = { organisationId: district!.id, NOT: { id: district!.id }, status: "ACTIVE" as const };
    const merged = await db.unit.findMany({ where: { ...below, name: { in: [...(s.formedFrom ?? [])] } }, select: { id: true } });
    await db.unit.updateMany({ where: { id: { in: merged.map((u) => u.id) } }, data: { status: "MERGED", statusChangedOn: on, successorId: commune!.id, statusNote: `Hợp nhất thành ${s.name}` } });
    // Cells follow the committee they belong to.
    await db.unit.updateMany({ where: { ...below, parentId: { in: merged.map((u) => u.id) } }, data: { status: "MERGED", statusChangedOn: on, successorId: commune!.id } });
    await db.unit.updateMany({ where: below, data: { status: "TRANSFERRED", statusChangedOn: on, statusNote: "Chuyển về đảng bộ xã mới (Nghị quyết 60-NQ/TW)" } });
  }
}

export type DemoSeedResult = { units: number; congresses: number; accounts: { email: string; role: string; unit: string | null; password: string }[] };

/**
 * `passwords` maps each demo email to its password (generated and kept by the demo script);
 * `today` (YYYY-MM-DD, default: the calendar date in Vietnam now) anchors the live congress.
 */
export async function seedDemo(db: PrismaClient, passwords: Record<string, string>, options: { today?: string } = {}): Promise<DemoSeedResult> {
  const today = options.today ?? vietnamDate();
  isoToDateOnly(today); // refuses a malformed date before anything is written
  for (const p of DEMO_PROVINCES) {
    const provinceId = await upsertUnit(db, { code: p.code, name: p.name, kind: "PROVINCE" });
    await seedDistrict(db, provinceId, p.district);
  }
  await seedReorganisation(db);
  await seedNextTermCongresses(db, today);
  const accounts: DemoSeedResult["accounts"] = [];
  for (const a of DEMO_ACCOUNTS) {
    const password = passwords[a.email];
    if (!password) throw new Error(`no demo password for ${a.email}`);
    const unit = a.unit ? await db.unit.findUniqueOrThrow({ where: { code: a.unit }, select: { id: true } }) : null;
    const passwordHash = await hashPassword(password);
    const user = await db.user.upsert({
      where: { email: a.email },
      create: { email: a.email, name: a.name, passwordHash },
      update: { name: a.name, passwordHash, disabled: false },
      select: { id: true },
    });
    const existing = await db.grant.findFirst({ where: { userId: user.id, role: a.role, unitId: unit?.id ?? null } });
    if (!existing) await db.grant.create({ data: { userId: user.id, role: a.role, unitId: unit?.id ?? null } });
    accounts.push({ email: a.email, role: a.role, unit: a.unit, password });
  }
  // After the accounts: the credentials review names the organisation's organizer where there is one.
  for (const roster of [...DEMO_ROSTERS, nextTermRoster(today)]) await seedDemoDelegates(db, roster);
  await seedDemoPlanning(db, today);
  await seedDemoElectionHistory(db);
  await endDistricts(db);
  const [units, congresses] = await Promise.all([db.unit.count(), db.congress.count()]);
  return { units, congresses, accounts };
}
