// The national-size synthetic data set (npm run seed:scale): the shape of the whole country's
// congresses on the two-tier map of 1/7/2025: 34 provinces and cities, about 3,300 communes and
// wards, each preparing its congress with delegates from its cells. Pure generation, no database:
// every row comes from a seeded PRNG, so the same options give the same rows (ids included) every
// time. One province ("stress province", code SC01) holds 126 organisations (Hà Nội's count), and its
// first organisation (SC01-X001) holds the heavy congress: a 5,000-task plan and a 10,000-delegate
// roster. The second organisation (SC01-X002) is a typical one, with exactly the per-congress figures.
// Standard sub-committees, milestones and documents carry the names the app gives them (the
// Vietnamese catalog, through lib/planning/default-names.ts).
import { STANDARD_MILESTONES } from "../../lib/milestones/calendar";
import { defaultName } from "../../lib/planning/default-names";
import { searchKey, splitName } from "../../lib/delegates/names";
import { FAMILY_NAMES_BY_ETHNICITY, type Gender, personName } from "./names";
import { createRandom, type Random } from "./random";

export type ScaleOptions = {
  provinces: number;
  organisations: number;
  /** Organisations in the first province (the province page's worst case). */
  stressProvinceOrganisations: number;
  grassrootsPerOrganisation: number;
  delegatesPerCongress: number;
  /** Delegates on the stress organisation's congress (the export and import size). */
  largeRoster: number;
  /** Tasks of the whole data set, and of the stress organisation's congress among them. */
  tasks: number;
  largeTasks: number;
  milestones: number;
  subCommitteesPerCongress: number;
  seed: number;
};

export const NATIONAL: ScaleOptions = {
  provinces: 34,
  organisations: 3_300,
  stressProvinceOrganisations: 126,
  grassrootsPerOrganisation: 15,
  delegatesPerCongress: 100,
  largeRoster: 10_000,
  tasks: 150_000,
  largeTasks: 5_000,
  milestones: 26_400,
  subCommitteesPerCongress: 5,
  seed: 2025,
};

/** Every scale unit code starts with this; every scale account ends with SCALE_EMAIL_DOMAIN. */
export const SCALE_CODE_PREFIX = "SC";
export const SCALE_EMAIL_DOMAIN = "scale.example";
export const SCALE_TERM = { start: 2025, end: 2030 } as const;
export const provinceCode = (p: number) => `${SCALE_CODE_PREFIX}${String(p + 1).padStart(2, "0")}`;
export const organisationCode = (p: number, d: number) => `${provinceCode(p)}-X${String(d + 1).padStart(3, "0")}`;
export const scaleEmails = {
  admin: `quantri@${SCALE_EMAIL_DOMAIN}`,
  overseer: (provinceCode: string) => `tinhuy.${provinceCode.toLowerCase()}@${SCALE_EMAIL_DOMAIN}`,
  organizer: (organisationCode: string) => `tochuc.${organisationCode.toLowerCase()}@${SCALE_EMAIL_DOMAIN}`,
  lead: (organisationCode: string) => `tieuban.${organisationCode.toLowerCase()}@${SCALE_EMAIL_DOMAIN}`,
  member: (organisationCode: string) => `thanhvien.${organisationCode.toLowerCase()}@${SCALE_EMAIL_DOMAIN}`,
};

// The 34 provinces and cities of the two-tier map (Resolution 60-NQ/TW, from 1/7/2025).
const PROVINCE_NAMES = [
  "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh",
  "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị",
  "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ",
  "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
];
// Place names are two of these: "Tân Phú", "Hòa Bình", "Long Thạnh"…
const SYLLABLES = [
  "An", "Bình", "Hòa", "Phú", "Tân", "Long", "Thạnh", "Mỹ", "Đông", "Tây", "Nam", "Bắc", "Hưng", "Phước", "Lộc", "Thuận",
  "Vĩnh", "Xuân", "Quang", "Trung", "Thành", "Sơn", "Hải", "Lâm", "Đức", "Minh", "Hiệp", "Khánh", "Thới", "Lợi", "Ninh", "Yên",
];
const ETHNIC_MIXES: [string, number][][] = [
  [["Kinh", 90], ["Hoa", 4], ["Khmer", 3], ["Chăm", 3]],
  [["Kinh", 60], ["Tày", 15], ["Nùng", 10], ["Dao", 8], ["Mông", 7]],
  [["Kinh", 55], ["Thái", 25], ["Mông", 12], ["Khơ Mú", 5], ["Giáy", 3]],
  [["Kinh", 70], ["Ê Đê", 12], ["Mnông", 10], ["Mạ", 4], ["Tày", 4]],
];
const EDUCATION = ["12/12, Đại học Luật", "12/12, Đại học Hành chính", "12/12, Thạc sĩ Quản lý kinh tế", "12/12, Đại học Sư phạm", "12/12, Cao đẳng Nông lâm", "12/12, Đại học Kinh tế", "9/12, Trung cấp Nông nghiệp"];
const POSITIONS = ["Bí thư Đảng ủy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND", "Đảng ủy viên", "Bí thư chi bộ thôn", "Trưởng thôn", "Chủ tịch Hội Phụ nữ", "Trưởng phòng", "Chuyên viên", "Phó Giám đốc"];
const THEORY = ["ELEMENTARY", "INTERMEDIATE", "INTERMEDIATE", "ADVANCED", "BACHELOR"] as const;
const SUB_KINDS = ["DOCUMENTS", "PERSONNEL", "SERVICE", "PROPAGANDA", "CONTENT"] as const;
const EXTRA_MILESTONES = ["Hội nghị Ban Chấp hành mở rộng", "Kiểm tra công tác chuẩn bị đại hội", "Tổng duyệt đại hội", "Họp báo về đại hội", "Hội nghị lấy ý kiến dự thảo văn kiện", "Hoàn thành phương án nhân sự"];
const TASK_TITLES = [
  "Xây dựng dự thảo Báo cáo chính trị",
  "Tổng hợp ý kiến góp ý dự thảo văn kiện",
  "Chuẩn bị Đề án nhân sự Ban Chấp hành",
  "Thẩm định hồ sơ nhân sự",
  "Chuẩn bị hội trường và khánh tiết",
  "Bố trí xe đưa đón đại biểu",
  "In ấn tài liệu đại hội",
  "Tuyên truyền trên hệ thống truyền thanh",
  "Treo băng rôn, khẩu hiệu",
  "Lập danh sách đại biểu chính thức",
  "Kiểm tra đại hội các chi bộ",
  "Báo cáo tiến độ với Ban Thường vụ",
  "Chuẩn bị bữa ăn cho đại biểu",
  "Phân công tổ thảo luận",
  "Dự thảo Nghị quyết đại hội",
];
const DOC_KINDS = ["POLITICAL_REPORT", "SELF_REVIEW", "RESOLUTION", "ACTION_PROGRAMME", "PERSONNEL_SCHEME"] as const;
const DOC_FLOW = ["DRAFT", "INTERNAL_REVIEW", "SENT_UP", "COMMENTS_RECEIVED", "FINAL"] as const;

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** A fixed clock for created_at and friends: the data set must not depend on when it is made. */
const CREATED = Date.parse("2024-06-03T01:30:00Z");

/** Deterministic uuid v7: creation time in the top 48 bits, then the table tag, a counter and PRNG bits. */
export function uuidFactory(tableTag: number, random: Random) {
  let counter = 0;
  return (): string => {
    counter += 1;
    const ts = (CREATED + counter).toString(16).padStart(12, "0");
    const randA = (tableTag & 0xfff).toString(16).padStart(3, "0");
    const variant = (0x8 | Math.floor(random.next() * 4)).toString(16) + (counter >>> 20 & 0xfff).toString(16).padStart(3, "0");
    const tail = (counter & 0xfffff).toString(16).padStart(5, "0") + Math.floor(random.next() * 0x10000000).toString(16).padStart(7, "0");
    return `${ts.slice(0, 8)}-${ts.slice(8)}-7${randA}-${variant}-${tail}`;
  };
}

function weighted<T>(random: Random, items: [T, number][]): T {
  let n = random.next() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) if ((n -= w) < 0) return item;
  return items[items.length - 1]![0];
}

/** Splits `total` into `parts` near-equal shares (the first ones get the remainder). */
export function shares(total: number, parts: number): number[] {
  if (parts <= 0) return [];
  const base = Math.floor(total / parts);
  const extra = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

export type Row = (string | number | boolean | null)[];
export type TableRows = { table: string; columns: string[]; rows: () => Generator<Row> };

type Province = { id: string; code: string; name: string; index: number; mix: [string, number][] };
type GrassrootsUnit = { id: string; code: string; name: string; status: "ACTIVE" | "DISSOLVED" | "MERGED"; members: number };
type Organisation = {
  id: string;
  code: string;
  name: string;
  kind: "COMMUNE" | "WARD";
  province: Province;
  grassroots: GrassrootsUnit[];
  congressId: string;
  opening: string;
  users: { organizer: string; lead: string; member: string };
  subs: string[];
  milestones: string[];
  delegates: number;
  tasks: number;
  milestoneCount: number;
};

type Ids = Record<"unit" | "congress" | "user" | "grant" | "sub" | "member" | "milestone" | "task" | "document" | "delegate" | "quota", () => string>;

/**
 * What every table's step shares: the options, the seeded PRNGs, the id factories and the
 * provinces and organisations. Steps fill in the organisations' ids (congress, users, sub-committees,
 * milestones) as their rows are generated, for the steps after them.
 */
type Scale = {
  o: ScaleOptions;
  rnd: (salt: number) => Random;
  ids: Ids;
  /** Names of places and people that do not belong to one organisation. */
  names: Random;
  created: string;
  provinces: Province[];
  organisations: Organisation[];
};

function idFactories(random: Random): Ids {
  const tags = ["unit", "congress", "user", "grant", "sub", "member", "milestone", "task", "document", "delegate", "quota"] as const;
  return Object.fromEntries(tags.map((tag, i) => [tag, uuidFactory(i + 1, random)])) as Ids;
}

/** Provinces, then organisations: the first province takes the stress share, the rest spread evenly. */
function planPlaces(o: ScaleOptions, rnd: Scale["rnd"], ids: Ids, names: Random): { provinces: Province[]; organisations: Organisation[] } {
  const provinces: Province[] = Array.from({ length: o.provinces }, (_, p) => ({
    id: ids.unit(),
    code: provinceCode(p),
    name: `Đảng bộ tỉnh ${PROVINCE_NAMES[p % PROVINCE_NAMES.length]}${p >= PROVINCE_NAMES.length ? ` ${Math.floor(p / PROVINCE_NAMES.length) + 1}` : ""}`,
    index: p,
    mix: ETHNIC_MIXES[p % ETHNIC_MIXES.length]!,
  }));
  const first = Math.max(1, Math.min(o.stressProvinceOrganisations, o.organisations - (o.provinces - 1)));
  const perProvince = [first, ...shares(o.organisations - first, o.provinces - 1)];
  const organisations: Organisation[] = [];
  const otherCongresses = Math.max(0, o.organisations - 1);
  const taskShares = shares(Math.max(0, o.tasks - o.largeTasks), otherCongresses);
  const milestoneShares = shares(o.milestones, o.organisations);
  for (const province of provinces) {
    const used = new Set<string>();
    for (let d = 0; d < perProvince[province.index]!; d++) {
      let place: string;
      do place = `${names.pick(SYLLABLES)} ${names.pick(SYLLABLES)}`;
      while (used.has(place) && used.size < SYLLABLES.length * SYLLABLES.length);
      used.add(place);
      const code = organisationCode(province.index, d);
      const i = organisations.length;
      const r = rnd(1000 + i);
      const grassroots = planGrassroots(o, r, ids, code, i);
      // The first congresses of the new communes, from July 2025 (none before the map existed).
      const opening = isoDay(dayMs("2025-07-15") + r.int(0, 75) * DAY);
      // The typical organisation (the second) has exactly the per-congress figure; others vary ±15%.
      const delegates = i === 0 ? o.largeRoster : i === 1 ? o.delegatesPerCongress : Math.round(o.delegatesPerCongress * (0.85 + r.next() * 0.3));
      organisations.push({
        id: ids.unit(),
        code,
        // A ward one time in five, a commune otherwise.
        kind: i % 5 === 4 ? "WARD" : "COMMUNE",
        name: `${i % 5 === 4 ? "Đảng bộ phường" : "Đảng bộ xã"} ${place}`,
        province,
        grassroots,
        congressId: "",
        opening,
        users: { organizer: "", lead: "", member: "" },
        subs: [],
        milestones: [],
        delegates,
        tasks: i === 0 ? Math.min(o.largeTasks, o.tasks) : taskShares[i - 1] ?? 0,
        milestoneCount: milestoneShares[i]!,
      });
    }
  }
  return { provinces, organisations };
}

function planGrassroots(o: ScaleOptions, r: Random, ids: Ids, code: string, i: number): GrassrootsUnit[] {
  const places = new Set<string>();
  return Array.from({ length: o.grassrootsPerOrganisation }, (_, g) => {
    // Village cells first (thôn, bản, ấp, tổ dân phố), then the agencies' cells and a company's committee.
    const kind = g < o.grassrootsPerOrganisation * 0.6 ? "thôn" : g < o.grassrootsPerOrganisation * 0.7 ? "tổ dân phố" : "";
    // Names are unique within the organisation: imports find a home unit by its name.
    let gPlace: string;
    do gPlace = `${r.pick(SYLLABLES)} ${r.pick(SYLLABLES)}`;
    while (places.has(gPlace) && places.size < SYLLABLES.length * SYLLABLES.length);
    places.add(gPlace);
    const name = kind ? `Chi bộ ${kind} ${gPlace}` : g % 2 ? `Chi bộ Trường THCS ${gPlace}` : `Đảng bộ Công ty ${gPlace}`;
    const status = i > 1 && r.chance(0.02) ? (r.chance(0.5) ? "DISSOLVED" : "MERGED") : "ACTIVE";
    return { id: ids.unit(), code: `${code}-${String(g + 1).padStart(3, "0")}`, name, status, members: r.int(20, 400) };
  });
}

function unitTable({ provinces, organisations, created }: Scale): TableRows {
  return {
    table: "unit",
    columns: ["id", "code", "name", "kind", "block", "status", "parent_id", "province_id", "organisation_id", "member_count", "founded_on", "status_changed_on", "version", "created_at", "updated_at"],
    *rows() {
      // A province is its own province and its own organisation (its own congress).
      for (const p of provinces) yield [p.id, p.code, p.name, "PROVINCE", null, "ACTIVE", null, p.id, p.id, null, "1930-02-03", null, 1, created, created];
      for (const d of organisations) {
        yield [d.id, d.code, d.name, d.kind, null, "ACTIVE", d.province.id, d.province.id, d.id, d.grassroots.reduce((s, g) => s + g.members, 0), "2025-07-01", null, 1, created, created];
        for (const [g, u] of d.grassroots.entries()) {
          const kind = u.name.startsWith("Chi bộ") ? "GRASSROOTS_CELL" : "GRASSROOTS_COMMITTEE";
          const block = u.name.includes(" thôn ") || u.name.includes("tổ dân phố") ? "DIRECT_CELL" : u.name.includes("Trường") ? "SECTOR" : "ENTERPRISE";
          yield [u.id, u.code, u.name, kind, block, u.status, d.id, d.province.id, d.id, u.members, isoDay(dayMs("1975-01-01") + g * 97 * DAY), u.status === "ACTIVE" ? null : "2025-07-10", 1, created, created];
        }
      }
    },
  };
}

/** The organisation congresses (notes each organisation's congress id) and their grassroots congresses. */
function congressTable({ rnd, ids, organisations, created }: Scale): TableRows {
  return {
    table: "congress",
    columns: ["id", "unit_id", "province_id", "organisation_id", "ordinal", "term_start", "term_end", "planned_opening", "planned_closing", "held_on", "venue", "is_pilot", "status", "version", "created_at", "updated_at"],
    *rows() {
      for (const [i, d] of organisations.entries()) {
        const r = rnd(2000 + i);
        d.congressId = ids.congress();
        const closing = isoDay(dayMs(d.opening) + 2 * DAY);
        // The first congress of a commune formed on 1/7/2025.
        const ordinal = 1;
        yield [d.congressId, d.id, d.province.id, d.id, ordinal, SCALE_TERM.start, SCALE_TERM.end, d.opening, closing, null, `Hội trường Đảng ủy`, false, r.pick(["PREPARING", "PREPARING", "CONVOKED"]), 1, created, created];
        // The stress organisation also has its next term's congress opened, with an empty roster:
        // the benchmark imports 10,000 delegates into it and removes them again.
        if (i === 0) yield [ids.congress(), d.id, d.province.id, d.id, ordinal + 1, SCALE_TERM.start + 5, SCALE_TERM.end + 5, "2030-08-14", "2030-08-16", null, "Hội trường Đảng ủy", false, "PREPARING", 1, created, created];
        for (const [g, u] of d.grassroots.entries()) {
          if (u.status !== "ACTIVE") continue;
          const planned = isoDay(dayMs(d.opening) - r.int(50, 150) * DAY);
          const held = r.chance(0.85);
          yield [ids.congress(), u.id, d.province.id, d.id, r.int(8, 25), SCALE_TERM.start, SCALE_TERM.end, planned, planned, held ? planned : null, null, g === 0, held ? "HELD" : r.pick(["PREPARING", "CONVOKED"]), 1, created, created];
        }
      }
    },
  };
}

/** Accounts (notes each organisation's organizer, lead and member) and their grants. */
function userTables({ ids, names, provinces, organisations, created }: Scale, passwordHash: string): [TableRows, TableRows] {
  const users: TableRows = {
    table: "app_user",
    columns: ["id", "email", "name", "password_hash", "disabled", "session_version", "locale", "password_changed_at", "created_at", "updated_at"],
    *rows() {
      const user = (email: string, name: string): Row => [ids.user(), email, name, passwordHash, false, 1, "vi", created, created, created];
      yield user(scaleEmails.admin, "Quản trị hệ thống");
      for (const p of provinces) yield user(scaleEmails.overseer(p.code), personName(names, names.chance(0.7) ? "MALE" : "FEMALE"));
      for (const d of organisations) {
        const organizer = user(scaleEmails.organizer(d.code), personName(names, "MALE"));
        const lead = user(scaleEmails.lead(d.code), personName(names, "FEMALE"));
        const member = user(scaleEmails.member(d.code), personName(names, names.chance(0.5) ? "MALE" : "FEMALE"));
        d.users = { organizer: organizer[0] as string, lead: lead[0] as string, member: member[0] as string };
        yield organizer;
        yield lead;
        yield member;
      }
    },
  };
  // Grants need the user ids: the users' step notes them as it makes the users, in its own order
  // (admin, one overseer per province, then organizer, lead and member of each organisation).
  const pendingGrants: { userId: string; role: string; unitId: string | null }[] = [];
  const usersNotingGrants: TableRows = {
    ...users,
    *rows() {
      let n = 0;
      for (const row of users.rows()) {
        const id = row[0] as string;
        if (n === 0) pendingGrants.push({ userId: id, role: "ADMIN", unitId: null });
        else if (n <= provinces.length) pendingGrants.push({ userId: id, role: "PROVINCE_OVERSEER", unitId: provinces[n - 1]!.id });
        else {
          const d = organisations[Math.floor((n - 1 - provinces.length) / 3)]!;
          const role = ["ORGANIZER", "SUBCOMMITTEE_LEAD", "MEMBER"][(n - 1 - provinces.length) % 3]!;
          pendingGrants.push({ userId: id, role, unitId: d.id });
        }
        n += 1;
        yield row;
      }
    },
  };
  const grants: TableRows = {
    table: "grant",
    columns: ["id", "user_id", "role", "unit_id", "created_at"],
    *rows() {
      for (const g of pendingGrants) yield [ids.grant(), g.userId, g.role, g.unitId, created];
    },
  };
  return [usersNotingGrants, grants];
}

/** The sub-committees of each congress (notes their ids), under their catalog names. */
function subCommitteeTable({ o, ids, organisations, created }: Scale): TableRows {
  return {
    table: "sub_committee",
    columns: ["id", "congress_id", "province_id", "organisation_id", "kind", "name", "decision_number", "decision_date", "version", "created_at", "updated_at"],
    *rows() {
      for (const [i, d] of organisations.entries()) {
        d.subs = [];
        for (let s = 0; s < o.subCommitteesPerCongress; s++) {
          const id = ids.sub();
          d.subs.push(id);
          const kind = SUB_KINDS[s] ?? null;
          const decided = isoDay(dayMs(d.opening) - 335 * DAY);
          yield [id, d.congressId, d.province.id, d.id, kind, kind ? defaultName.subCommittee(kind) : `Tiểu ban số ${s + 1}`, `Quyết định số ${100 + ((i * 7 + s) % 800)}-QĐ/ĐU`, decided, 1, created, created];
        }
      }
    },
  };
}

function memberTable({ rnd, ids, organisations, created }: Scale): TableRows {
  return {
    table: "sub_committee_member",
    columns: ["id", "sub_committee_id", "province_id", "organisation_id", "user_id", "full_name", "job_title", "position", "version", "created_at", "updated_at"],
    *rows() {
      for (const [i, d] of organisations.entries()) {
        const r = rnd(3000 + i);
        for (const [s, sub] of d.subs.entries()) {
          // The organisation's lead heads the first sub-committee; its member sits on the third.
          const people: [string | null, string, string, string][] = [
            [s === 0 ? d.users.lead : null, "HEAD", "Trưởng Ban Tuyên giáo Huyện ủy", personName(r, "MALE")],
            [null, "DEPUTY", "Phó Chánh Văn phòng Huyện ủy", personName(r, "FEMALE")],
            [s === 2 ? d.users.member : null, "MEMBER", "Chuyên viên Văn phòng Huyện ủy", personName(r, "MALE")],
            [null, "SECRETARY", "Chuyên viên Ban Tổ chức Huyện ủy", personName(r, "FEMALE")],
          ];
          for (const [userId, position, jobTitle, name] of people) yield [ids.member(), sub, d.province.id, d.id, userId, name, jobTitle, position, 1, created, created];
        }
      }
    },
  };
}

/** The standard calendar under its catalog names, then extra milestones (notes their ids). */
function milestoneTable({ rnd, ids, organisations, created }: Scale): TableRows {
  return {
    table: "milestone",
    columns: ["id", "congress_id", "province_id", "organisation_id", "standard_key", "name", "planned_on", "done_on", "status", "reference", "version", "created_at", "updated_at"],
    *rows() {
      for (const [i, d] of organisations.entries()) {
        const r = rnd(4000 + i);
        d.milestones = [];
        for (let m = 0; m < d.milestoneCount; m++) {
          const id = ids.milestone();
          d.milestones.push(id);
          const std = STANDARD_MILESTONES[m];
          const planned = std ? isoDay(dayMs(d.opening) - std.daysBeforeOpening * DAY) : isoDay(dayMs(d.opening) - r.int(10, 300) * DAY);
          const status = std && std.daysBeforeOpening > 100 ? "DONE" : r.pick(["PLANNED", "IN_PROGRESS", "DONE"] as const);
          const name = std ? defaultName.milestone(std.key) : `${EXTRA_MILESTONES[(m - 8) % EXTRA_MILESTONES.length]}${m >= 8 + EXTRA_MILESTONES.length ? ` (lần ${Math.floor((m - 8) / EXTRA_MILESTONES.length) + 1})` : ""}`;
          yield [id, d.congressId, d.province.id, d.id, std?.key ?? null, name, planned, status === "DONE" ? isoDay(dayMs(planned) + r.int(-3, 5) * DAY) : null, status, std?.key === "DIRECTIVE_STUDIED" ? "Chỉ thị 45-CT/TW ngày 14/4/2025" : null, 1, created, created];
        }
      }
    },
  };
}

/** Tasks, and their assignees (collected while the tasks are made, written after them). */
function taskTables({ rnd, ids, organisations }: Scale): [TableRows, TableRows] {
  const assignees: Row[] = [];
  const tasks: TableRows = {
    table: "task",
    columns: ["id", "congress_id", "province_id", "organisation_id", "sub_committee_id", "milestone_id", "title", "description", "due_on", "priority", "status", "done_at", "created_by_id", "version", "created_at", "updated_at"],
    *rows() {
      for (const [i, d] of organisations.entries()) {
        const r = rnd(5000 + i);
        const people = [d.users.organizer, d.users.lead, d.users.member];
        for (let t = 0; t < d.tasks; t++) {
          const id = ids.task();
          const due = isoDay(dayMs(d.opening) - r.int(0, 330) * DAY);
          const status = weighted(r, [["DONE", 60], ["IN_PROGRESS", 20], ["TODO", 15], ["BLOCKED", 5]] as [string, number][]);
          const createdAt = new Date(CREATED + (i * 10_000 + t) * 1000).toISOString();
          yield [
            id, d.congressId, d.province.id, d.id,
            d.subs.length && r.chance(0.9) ? r.pick(d.subs) : null,
            d.milestones.length && r.chance(0.5) ? r.pick(d.milestones) : null,
            `${r.pick(TASK_TITLES)}${t >= TASK_TITLES.length ? ` — đợt ${Math.floor(t / TASK_TITLES.length) + 1}` : ""}`,
            r.chance(0.2) ? "Theo Kế hoạch của Ban Thường vụ Huyện ủy." : null,
            due,
            weighted(r, [["LOW", 10], ["NORMAL", 60], ["HIGH", 25], ["URGENT", 5]] as [string, number][]),
            status,
            status === "DONE" ? `${due}T09:00:00.000Z` : null,
            d.users.organizer, 1, createdAt, createdAt,
          ];
          const n = weighted(r, [[0, 25], [1, 55], [2, 20]] as [number, number][]);
          const start = r.int(0, 2);
          for (let k = 0; k < n; k++) assignees.push([id, people[(start + k) % 3]!, d.province.id, d.id, createdAt]);
        }
      }
    },
  };
  const assigneeRows: TableRows = {
    table: "task_assignee",
    columns: ["task_id", "user_id", "province_id", "organisation_id", "created_at"],
    *rows() {
      yield* assignees;
      assignees.length = 0;
    },
  };
  return [tasks, assigneeRows];
}

/** The five standard documents of each congress under their catalog names, at a random step. */
function documentTable({ rnd, ids, organisations, created }: Scale): TableRows {
  return {
    table: "congress_document",
    columns: ["id", "congress_id", "province_id", "organisation_id", "kind", "title", "sub_committee_id", "status", "draft_on", "internal_review_on", "sent_up_on", "comments_received_on", "final_on", "version", "created_at", "updated_at"],
    *rows() {
      for (const [i, d] of organisations.entries()) {
        const r = rnd(6000 + i);
        for (const kind of DOC_KINDS) {
          const step = r.int(0, 4);
          const dates = DOC_FLOW.map((_, k) => (k <= step ? isoDay(dayMs(d.opening) - (200 - k * 35) * DAY) : null));
          yield [ids.document(), d.congressId, d.province.id, d.id, kind, defaultName.document(kind), kind === "PERSONNEL_SCHEME" ? (d.subs[1] ?? null) : (d.subs[0] ?? null), DOC_FLOW[step]!, ...dates, 1, created, created];
        }
      }
    },
  };
}

function quotaTable({ ids, organisations, created }: Scale): TableRows {
  return {
    table: "delegate_quota",
    columns: ["id", "congress_id", "unit_id", "province_id", "organisation_id", "seats", "version", "updated_at"],
    *rows() {
      for (const d of organisations) {
        const active = d.grassroots.filter((g) => g.status === "ACTIVE");
        const seats = Math.ceil((d.delegates * 0.9) / Math.max(1, active.length));
        for (const g of active) yield [ids.quota(), d.congressId, g.id, d.province.id, d.id, seats, 1, created];
      }
    },
  };
}

function delegateTable({ rnd, ids, organisations, created }: Scale): TableRows {
  return {
    table: "delegate",
    columns: [
      "id", "congress_id", "province_id", "organisation_id", "home_unit_id", "full_name", "family_name", "middle_name", "given_name", "search_key",
      "gender", "birth_date", "birth_year", "ethnicity", "party_admission_date", "education_level", "theory_level", "position", "category",
      "credential_status", "credential_reason", "credential_reviewer_id", "credential_reviewed_at", "checked_in_at", "group", "seat", "note", "version", "created_at", "updated_at",
    ],
    *rows() {
      for (const [i, d] of organisations.entries()) {
        const r = rnd(7000 + i);
        const active = d.grassroots.filter((g) => g.status === "ACTIVE");
        const groups = Math.max(1, Math.round(d.delegates / 35));
        // No one twice on a roster (same name and birth date), as the import would refuse it.
        const seen = new Set<string>();
        for (let k = 0; k < d.delegates; k++) {
          const gender: Gender = r.chance(0.22) ? "FEMALE" : "MALE";
          const ethnicity = weighted(r, d.province.mix);
          const fullName = personName(r, gender, FAMILY_NAMES_BY_ETHNICITY[ethnicity] ? ethnicity : undefined);
          let birth: string;
          do birth = isoDay(dayMs("1962-01-01") + r.int(0, 33 * 365) * DAY);
          while (seen.has(`${fullName}|${birth}`) || seen.has(`${fullName}|${birth.slice(0, 4)}`));
          const fullDate = r.chance(0.95);
          seen.add(`${fullName}|${fullDate ? birth : birth.slice(0, 4)}`);
          const category = k < d.delegates * 0.1 ? "EX_OFFICIO" : k < d.delegates * 0.12 ? "APPOINTED" : "ELECTED";
          const credential = weighted(r, [["ACCEPTED", 80], ["PENDING", 19], ["REJECTED", 1]] as [string, number][]);
          const reviewed = credential === "PENDING" ? null : `${isoDay(dayMs(d.opening) - 10 * DAY)}T08:00:00.000Z`;
          yield [
            ids.delegate(), d.congressId, d.province.id, d.id,
            category === "ELECTED" && active.length ? active[k % active.length]!.id : null,
            fullName, ...Object.values(splitName(fullName)) as string[], searchKey(fullName),
            gender, fullDate ? birth : null, Number(birth.slice(0, 4)), ethnicity,
            isoDay(dayMs(birth) + r.int(22 * 365, 30 * 365) * DAY), r.pick(EDUCATION), r.pick(THEORY), r.pick(POSITIONS), category,
            credential, credential === "REJECTED" ? "Không đủ tiêu chuẩn theo Điều lệ Đảng" : null, reviewed ? d.users.organizer : null, reviewed,
            null, `Tổ ${(k % groups) + 1}`, null, null, 1, created, created,
          ];
        }
      }
    },
  };
}

/**
 * The whole data set as tables in insertion order (parents before children). Tables are generated
 * lazily, in this order: each step reads the ids the steps before it noted on the organisations.
 */
export function scaleTables(options: ScaleOptions, passwordHash: string) {
  const rnd = (salt: number) => createRandom((options.seed * 7919 + salt) >>> 0);
  const ids = idFactories(rnd(1));
  const names = rnd(2);
  const { provinces, organisations } = planPlaces(options, rnd, ids, names);
  const scale: Scale = { o: options, rnd, ids, names, created: new Date(CREATED).toISOString(), provinces, organisations };
  return {
    provinces,
    organisations,
    tables: [
      unitTable(scale),
      congressTable(scale),
      ...userTables(scale, passwordHash),
      subCommitteeTable(scale),
      memberTable(scale),
      milestoneTable(scale),
      ...taskTables(scale),
      documentTable(scale),
      quotaTable(scale),
      delegateTable(scale),
    ],
  };
}
