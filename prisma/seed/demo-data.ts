import { addDays } from "../../lib/dates";
// The demo data set, drawn from the source articles in shared/seeds (see docs/domain.md): five
// districts of five provinces and their congresses for the 2020–2025 term, kept as history; the
// reorganisation of 1/7/2025 that ended the districts and merged four of the provinces; and the
// commune that prepares the demo's live congress. Place names and
// figures are real; every person is synthetic.

export type Block = "COMMUNE" | "SECTOR" | "ENTERPRISE" | "ARMED_FORCES" | "DIRECT_CELL";
export type LifeEvent =
  | { status: "DISSOLVED"; on: string; note: string }
  | { status: "MERGED"; on: string; into: string; note?: string }
  | { status: "TRANSFERRED"; on: string; note: string };

export type GrassrootsSpec = {
  /** Name of the Party organisation (đảng bộ / chi bộ). */
  name: string;
  kind: "GRASSROOTS_COMMITTEE" | "GRASSROOTS_CELL";
  block: Block;
  /** Cells under a grassroots committee (chi bộ trực thuộc). */
  cells?: string[];
  pilot?: boolean;
  life?: LifeEvent;
  founded?: string;
};

export type DistrictSpec = {
  code: string;
  name: string;
  ordinal: number;
  opening: string;
  closing: string;
  venue: string;
  pilot: boolean;
  grassroots: GrassrootsSpec[];
  /** Grassroots congresses held by this date (the ratio the articles report). */
  grassrootsHeldBy: string;
  /** How many active grassroots organisations have not held their congress yet (demo variety). */
  grassrootsPending?: number;
};

export type ProvinceSpec = { code: string; name: string; district: DistrictSpec };

const commune = (name: string, cells: string[], extra: Partial<GrassrootsSpec> = {}): GrassrootsSpec => ({
  name,
  kind: "GRASSROOTS_COMMITTEE",
  block: "COMMUNE",
  cells,
  ...extra,
});
const committee = (name: string, block: Block, cells: string[], extra: Partial<GrassrootsSpec> = {}): GrassrootsSpec => ({
  name,
  kind: "GRASSROOTS_COMMITTEE",
  block,
  cells,
  ...extra,
});
const cell = (name: string, extra: Partial<GrassrootsSpec> = {}): GrassrootsSpec => ({
  name,
  kind: "GRASSROOTS_CELL",
  block: "DIRECT_CELL",
  ...extra,
});
const villages = (prefix: string, names: string[]) => names.map((n) => `Chi bộ ${prefix} ${n}`);

// Tân Uyên (Lai Châu): the province's district-level pilot congress, 8–10/6/2020; 47/47
// grassroots organisations held their congress in the first quarter of 2020.
const tanUyen: DistrictSpec = {
  code: "LC-TU",
  name: "Đảng bộ huyện Tân Uyên",
  ordinal: 3,
  opening: "2020-06-08",
  closing: "2020-06-10",
  venue: "Hội trường Trung tâm Hội nghị huyện Tân Uyên",
  pilot: true,
  grassrootsHeldBy: "2020-03-26",
  grassroots: [
    commune("Đảng bộ thị trấn Tân Uyên", villages("tổ dân phố", ["số 1", "số 2", "số 3", "số 4", "số 5"]), { pilot: true }),
    commune("Đảng bộ xã Mường Khoa", villages("bản", ["Nà Bó", "Hô Bon", "Nà Khì", "Phiêng Phát"])),
    commune("Đảng bộ xã Nậm Cần", villages("bản", ["Nậm Cần", "Sáy San", "Tát Xôm"])),
    commune("Đảng bộ xã Nậm Sỏ", villages("bản", ["Nậm Sỏ", "Nà Ún", "Khì Hồ"])),
    commune("Đảng bộ xã Pắc Ta", villages("bản", ["Pắc Ta", "Hua Chăng", "Nà Ít"])),
    commune("Đảng bộ xã Phúc Khoa", villages("bản", ["Phúc Khoa", "Nà Cóc", "Chom Chăng"])),
    commune("Đảng bộ xã Tà Mít", villages("bản", ["Tà Mít", "Nậm Bon", "Lào Chải"])),
    commune("Đảng bộ xã Thân Thuộc", villages("bản", ["Thân Thuộc", "Nà Phát", "Hua Pầu"])),
    commune("Đảng bộ xã Trung Đồng", villages("bản", ["Trung Đồng", "Tân Muông", "Phiêng Bay"])),
    commune("Đảng bộ xã Hố Mít", villages("bản", ["Hố Mít", "Lồ Dê", "Pá Xa Lá"])),
    committee("Đảng bộ Công an huyện", "ARMED_FORCES", ["Chi bộ Đội An ninh", "Chi bộ Đội Cảnh sát", "Chi bộ Đội Tham mưu - Hậu cần"], { pilot: true }),
    committee("Đảng bộ Quân sự huyện", "ARMED_FORCES", ["Chi bộ Ban Chỉ huy", "Chi bộ Đội Tham mưu"]),
    committee("Đảng bộ cơ quan Chính quyền huyện", "SECTOR", ["Chi bộ Văn phòng HĐND và UBND", "Chi bộ Phòng Tài chính - Kế hoạch", "Chi bộ Phòng Nội vụ"]),
    committee("Đảng bộ Trung tâm Y tế huyện", "SECTOR", ["Chi bộ Khối điều trị", "Chi bộ Khối dự phòng"]),
    cell("Chi bộ Văn phòng Huyện ủy", { pilot: true }),
    cell("Chi bộ Ban Tổ chức Huyện ủy"),
    cell("Chi bộ Ban Tuyên giáo Huyện ủy"),
    cell("Chi bộ Ủy ban Kiểm tra Huyện ủy"),
    cell("Chi bộ Ban Dân vận Huyện ủy"),
    cell("Chi bộ Trung tâm Chính trị huyện"),
    cell("Chi bộ Ủy ban MTTQ và các đoàn thể huyện"),
    cell("Chi bộ Phòng Giáo dục và Đào tạo"),
    cell("Chi bộ Phòng Nông nghiệp và PTNT"),
    cell("Chi bộ Phòng Tài nguyên và Môi trường"),
    cell("Chi bộ Phòng Kinh tế - Hạ tầng"),
    cell("Chi bộ Phòng Văn hóa - Thông tin"),
    cell("Chi bộ Phòng Lao động - Thương binh và Xã hội"),
    cell("Chi bộ Phòng Tư pháp"),
    cell("Chi bộ Thanh tra huyện"),
    cell("Chi bộ Phòng Dân tộc"),
    cell("Chi bộ Kho bạc Nhà nước huyện"),
    cell("Chi bộ Chi cục Thuế huyện"),
    cell("Chi bộ Bảo hiểm xã hội huyện"),
    cell("Chi bộ Ngân hàng Chính sách xã hội huyện"),
    cell("Chi bộ Ngân hàng Nông nghiệp và PTNT huyện"),
    cell("Chi bộ Trung tâm GDNN - GDTX huyện"),
    cell("Chi bộ Trường THPT Tân Uyên"),
    cell("Chi bộ Trường THPT Trung Đồng"),
    cell("Chi bộ Trường PTDT Nội trú huyện"),
    cell("Chi bộ Hạt Kiểm lâm huyện"),
    cell("Chi bộ Chi cục Thống kê huyện"),
    cell("Chi bộ Tòa án nhân dân huyện"),
    cell("Chi bộ Viện Kiểm sát nhân dân huyện"),
    cell("Chi bộ Chi cục Thi hành án dân sự huyện"),
    cell("Chi bộ Trung tâm Văn hóa - Truyền thanh - Truyền hình"),
    cell("Chi bộ Ban Quản lý dự án huyện"),
    cell("Chi bộ Điện lực Tân Uyên", { block: "ENTERPRISE" }),
  ],
};

// An Phú (An Giang): 14 communes and towns; during the preparation the district dissolved 2 cells
// and 1 grassroots committee, transferred 1 cell and 1 committee to the province's block of
// agencies and enterprises, merged 2 grassroots cells into 1, and founded 2 committees and
// 6 grassroots cells. Congress: lần thứ VII.
const anPhu: DistrictSpec = {
  code: "AG-AP",
  name: "Đảng bộ huyện An Phú",
  ordinal: 7,
  opening: "2020-08-12",
  closing: "2020-08-14",
  venue: "Hội trường Huyện ủy An Phú",
  pilot: false,
  grassrootsHeldBy: "2020-06-30",
  grassroots: [
    commune("Đảng bộ thị trấn An Phú", villages("khóm", ["An Hưng", "An Thịnh", "An Khánh"])),
    commune("Đảng bộ thị trấn Long Bình", villages("khóm", ["Long Bình", "Long Thạnh"])),
    commune("Đảng bộ xã Khánh An", villages("ấp", ["Tân Khánh", "Khánh Hòa", "Khánh Phát"])),
    commune("Đảng bộ xã Khánh Bình", villages("ấp", ["Tân Khánh Bình", "Bình Di"])),
    commune("Đảng bộ xã Nhơn Hội", villages("ấp", ["Búng Bình Thiên", "Hòa Long"])),
    commune("Đảng bộ xã Quốc Thái", villages("ấp", ["Quốc Hưng", "Hòa Thạnh"])),
    commune("Đảng bộ xã Phú Hữu", villages("ấp", ["Phú Thạnh", "Phú Lợi"])),
    commune("Đảng bộ xã Phú Hội", villages("ấp", ["Phú Hiệp", "Phú Trung"])),
    commune("Đảng bộ xã Phước Hưng", villages("ấp", ["Phước Thành", "Phước Khánh"])),
    commune("Đảng bộ xã Vĩnh Lộc", villages("ấp", ["Vĩnh Thạnh", "Vĩnh An"])),
    commune("Đảng bộ xã Vĩnh Hậu", villages("ấp", ["Vĩnh Hòa", "Vĩnh Phước"])),
    commune("Đảng bộ xã Vĩnh Trường", villages("ấp", ["Vĩnh Thuận", "Vĩnh Lợi"])),
    commune("Đảng bộ xã Vĩnh Hội Đông", villages("ấp", ["Vĩnh Hội", "Vĩnh Bình"])),
    commune("Đảng bộ xã Đa Phước", villages("ấp", ["Phước Thạnh", "Phước Lộc"])),
    committee("Đảng bộ Công an huyện", "ARMED_FORCES", ["Chi bộ An ninh", "Chi bộ Cảnh sát"]),
    committee("Đảng bộ Quân sự huyện", "ARMED_FORCES", ["Chi bộ Ban Chỉ huy"]),
    committee("Đảng bộ Trung tâm Y tế huyện", "SECTOR", ["Chi bộ Khối điều trị", "Chi bộ Khối dự phòng"], {
      founded: "2019-10-01",
    }),
    committee("Đảng bộ Khối Dân chính Đảng huyện", "SECTOR", ["Chi bộ Văn phòng Huyện ủy", "Chi bộ Văn phòng HĐND và UBND"], {
      founded: "2019-09-15",
    }),
    committee("Đảng bộ Công ty Cổ phần Xây lắp An Phú", "ENTERPRISE", [], {
      life: { status: "DISSOLVED", on: "2019-08-20", note: "Giải thể do doanh nghiệp cổ phần hóa" },
    }),
    committee("Đảng bộ Ban Quản lý Khu kinh tế cửa khẩu", "SECTOR", [], {
      life: { status: "TRANSFERRED", on: "2019-09-01", note: "Chuyển về Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh" },
    }),
    cell("Chi bộ Trung tâm Văn hóa - Thể thao huyện", { founded: "2019-07-01" }),
    cell("Chi bộ Trung tâm Văn hóa huyện", { life: { status: "MERGED", on: "2019-07-01", into: "Chi bộ Trung tâm Văn hóa - Thể thao huyện" } }),
    cell("Chi bộ Trung tâm Thể dục - Thể thao huyện", {
      life: { status: "MERGED", on: "2019-07-01", into: "Chi bộ Trung tâm Văn hóa - Thể thao huyện" },
    }),
    cell("Chi bộ Chi cục Thuế huyện", {
      life: { status: "TRANSFERRED", on: "2019-09-01", note: "Chuyển về Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh" },
    }),
    cell("Chi bộ Đội Quản lý thị trường số 5", { life: { status: "DISSOLVED", on: "2019-08-01", note: "Giải thể theo sắp xếp tổ chức" } }),
    cell("Chi bộ Trạm Khuyến nông huyện", { life: { status: "DISSOLVED", on: "2019-08-01", note: "Giải thể theo sắp xếp tổ chức" } }),
    cell("Chi bộ Trung tâm Chính trị huyện", { founded: "2019-09-15" }),
    cell("Chi bộ Ban Quản lý dự án đầu tư xây dựng huyện", { founded: "2019-09-15" }),
    cell("Chi bộ Trung tâm Dịch vụ nông nghiệp", { founded: "2019-09-15" }),
    cell("Chi bộ Trường THPT An Phú", { founded: "2019-09-15" }),
    cell("Chi bộ Trường THPT Quốc Thái", { founded: "2019-09-15" }),
    cell("Chi bộ Phòng Giáo dục và Đào tạo"),
    cell("Chi bộ Kho bạc Nhà nước huyện"),
  ],
};

// Phước Long (Bạc Liêu): pilots chosen per block: Đảng bộ xã Vĩnh Phú Tây (communes), Đảng bộ
// Công an huyện (sectors), Chi bộ Trung tâm GDTX và Dạy nghề huyện (cells under the district).
const phuocLong: DistrictSpec = {
  code: "BL-PL",
  name: "Đảng bộ huyện Phước Long",
  ordinal: 12,
  opening: "2020-08-13",
  closing: "2020-08-15",
  venue: "Hội trường Huyện ủy Phước Long",
  pilot: false,
  grassrootsHeldBy: "2020-06-30",
  grassroots: [
    commune("Đảng bộ thị trấn Phước Long", villages("khóm", ["1", "2", "3"])),
    commune("Đảng bộ xã Vĩnh Phú Tây", villages("ấp", ["Phú Hiệp", "Phú Thọ", "Phú Lợi"]), { pilot: true }),
    commune("Đảng bộ xã Vĩnh Phú Đông", villages("ấp", ["Phước Hòa", "Phước Thành"])),
    commune("Đảng bộ xã Phước Long", villages("ấp", ["Long Thành", "Long Hải"])),
    commune("Đảng bộ xã Hưng Phú", villages("ấp", ["Hưng Thành", "Hưng Lợi"])),
    commune("Đảng bộ xã Vĩnh Thanh", villages("ấp", ["Vĩnh Đông", "Vĩnh Tây"])),
    commune("Đảng bộ xã Phong Thạnh Tây A", villages("ấp", ["Tấn Lợi", "Tấn Long"])),
    commune("Đảng bộ xã Phong Thạnh Tây B", villages("ấp", ["Bình Thạnh", "Bình Lợi"])),
    committee("Đảng bộ Công an huyện", "ARMED_FORCES", ["Chi bộ An ninh", "Chi bộ Cảnh sát"], { pilot: true }),
    committee("Đảng bộ Quân sự huyện", "ARMED_FORCES", ["Chi bộ Ban Chỉ huy"]),
    cell("Chi bộ Trung tâm GDTX và Dạy nghề huyện", { pilot: true }),
    cell("Chi bộ Văn phòng Huyện ủy"),
    cell("Chi bộ Văn phòng HĐND và UBND huyện"),
    cell("Chi bộ Phòng Giáo dục và Đào tạo"),
    cell("Chi bộ Phòng Nông nghiệp và PTNT"),
    cell("Chi bộ Phòng Tài chính - Kế hoạch"),
    cell("Chi bộ Trung tâm Y tế huyện"),
    cell("Chi bộ Kho bạc Nhà nước huyện"),
  ],
};

// Đắk Song (Đắk Nông): surveyed by the provincial content sub-committee on 28/11/2019.
const dakSong: DistrictSpec = {
  code: "DNO-DS",
  name: "Đảng bộ huyện Đắk Song",
  ordinal: 5,
  opening: "2020-08-18",
  closing: "2020-08-20",
  venue: "Hội trường Trung tâm Văn hóa huyện Đắk Song",
  pilot: false,
  grassrootsHeldBy: "2020-06-30",
  grassrootsPending: 2,
  grassroots: [
    commune("Đảng bộ thị trấn Đức An", villages("tổ dân phố", ["1", "2", "3"])),
    commune("Đảng bộ xã Đắk Môl", villages("thôn", ["Đắk Hà", "Đắk Thanh"])),
    commune("Đảng bộ xã Đắk Hòa", villages("thôn", ["3", "4"])),
    commune("Đảng bộ xã Nam Bình", villages("thôn", ["Nam Thạnh", "Nam Tiến"])),
    commune("Đảng bộ xã Thuận Hà", villages("thôn", ["Thuận Nghĩa", "Thuận Tình"])),
    commune("Đảng bộ xã Thuận Hạnh", villages("thôn", ["Thuận Bình", "Thuận Hòa"])),
    commune("Đảng bộ xã Đắk N'Drung", villages("bon", ["Bu Boong", "Jâng Plei"])),
    commune("Đảng bộ xã Nâm N'Jang", villages("bon", ["N'Jang Bơ", "Bu N'Drung"])),
    commune("Đảng bộ xã Trường Xuân", villages("thôn", ["Xuân Lộc", "Xuân Trung"])),
    committee("Đảng bộ Công an huyện", "ARMED_FORCES", ["Chi bộ An ninh", "Chi bộ Cảnh sát"]),
    committee("Đảng bộ Quân sự huyện", "ARMED_FORCES", ["Chi bộ Ban Chỉ huy"]),
    cell("Chi bộ Văn phòng Huyện ủy"),
    cell("Chi bộ Phòng Giáo dục và Đào tạo"),
    cell("Chi bộ Hạt Kiểm lâm huyện"),
    cell("Chi bộ Trường THPT Đắk Song"),
    cell("Chi bộ Công ty TNHH MTV Lâm nghiệp Đức Hòa", { block: "ENTERPRISE" }),
  ],
};

// Ngân Sơn (Bắc Kạn): Đại hội đại biểu lần thứ XXII; Kế hoạch 150-KH/HU of 08/8/2019.
const nganSon: DistrictSpec = {
  code: "BK-NS",
  name: "Đảng bộ huyện Ngân Sơn",
  ordinal: 22,
  opening: "2020-07-15",
  closing: "2020-07-17",
  venue: "Hội trường Huyện ủy Ngân Sơn",
  pilot: false,
  grassrootsHeldBy: "2020-05-31",
  grassroots: [
    commune("Đảng bộ thị trấn Nà Phặc", villages("tiểu khu", ["1", "2"])),
    commune("Đảng bộ xã Bằng Vân", villages("thôn", ["Nà Pài", "Bản Súng"])),
    commune("Đảng bộ xã Cốc Đán", villages("thôn", ["Lũng Vai", "Nà Kéo"])),
    commune("Đảng bộ xã Trung Hòa", villages("thôn", ["Bản Giang", "Nà Lạn"])),
    commune("Đảng bộ xã Đức Vân", villages("thôn", ["Bản Đăm", "Khuổi Luông"])),
    commune("Đảng bộ xã Vân Tùng", villages("thôn", ["Nà Slải", "Nà Cà"])),
    commune("Đảng bộ xã Thượng Ân", villages("thôn", ["Nà Ngàm", "Nà Làng"])),
    commune("Đảng bộ xã Thượng Quan", villages("thôn", ["Khuổi Ổ", "Bản Chang"])),
    commune("Đảng bộ xã Thuần Mang", villages("thôn", ["Bản Khúa", "Nà Khoang"])),
    commune("Đảng bộ xã Hiệp Lực", villages("thôn", ["Nà Lẹng", "Bản Duồm"])),
    committee("Đảng bộ Công an huyện", "ARMED_FORCES", ["Chi bộ An ninh"]),
    committee("Đảng bộ Quân sự huyện", "ARMED_FORCES", ["Chi bộ Ban Chỉ huy"]),
    cell("Chi bộ Văn phòng Huyện ủy"),
    cell("Chi bộ Phòng Giáo dục và Đào tạo"),
    cell("Chi bộ Trường THPT Ngân Sơn"),
  ],
};

export const DEMO_PROVINCES: ProvinceSpec[] = [
  { code: "LC", name: "Đảng bộ tỉnh Lai Châu", district: tanUyen },
  { code: "AG", name: "Đảng bộ tỉnh An Giang", district: anPhu },
  { code: "BL", name: "Đảng bộ tỉnh Bạc Liêu", district: phuocLong },
  { code: "DNO", name: "Đảng bộ tỉnh Đắk Nông", district: dakSong },
  { code: "BK", name: "Đảng bộ tỉnh Bắc Kạn", district: nganSon },
];

/** The term every demo district held its congress for: history, with the articles' real dates. */
export const DEMO_TERM = { start: 2020, end: 2025 };

/** The first day of the two-tier map (Resolution 60-NQ/TW): the districts ended the day before. */
export const REORGANISED_ON = "2025-07-01";

/** Provinces of today that the demo's merged provinces went into, and Kiên Giang, which An Giang absorbed. */
export const TODAY_PROVINCES = [
  { code: "CM", name: "Đảng bộ tỉnh Cà Mau" },
  { code: "LD", name: "Đảng bộ tỉnh Lâm Đồng" },
  { code: "TN", name: "Đảng bộ tỉnh Thái Nguyên" },
  { code: "KG", name: "Đảng bộ tỉnh Kiên Giang" },
] as const;

/** The provinces merged on 1/7/2025 and the province each went into (Lai Châu stayed as it was). */
export const PROVINCE_MERGERS = [
  { code: "BL", into: "CM" },
  { code: "DNO", into: "LD" },
  { code: "BK", into: "TN" },
  { code: "KG", into: "AG" },
] as const;

/** A commune of the two-tier map that keeps the records of a dissolved district (its successor). */
export type SuccessorSpec = {
  district: string;
  province: string;
  code: string;
  name: string;
  memberCount: number;
  /** The district's grassroots committees merged into this commune on 1/7/2025; the rest passed to other new communes. */
  formedFrom?: string[];
  units?: GrassrootsSpec[];
};

const villageCell = (name: string, extra: Partial<GrassrootsSpec> = {}): GrassrootsSpec => ({ name, kind: "GRASSROOTS_CELL", block: "DIRECT_CELL", ...extra });

/**
 * Each source district was dissolved on 1/7/2025; its communes were merged into new, larger
 * communes. The commune named after the district keeps its records. Only xã Tân Uyên, the demo's
 * live congress, is given its cells (village cells of the former thị trấn Tân Uyên, Trung Đồng,
 * Thân Thuộc and Phúc Khoa, and the commune's agencies).
 */
export const SUCCESSORS: SuccessorSpec[] = [
  {
    district: "LC-TU",
    province: "LC",
    code: "LC-XTU",
    name: "Đảng bộ xã Tân Uyên",
    memberCount: 1380,
    formedFrom: ["Đảng bộ thị trấn Tân Uyên", "Đảng bộ xã Trung Đồng", "Đảng bộ xã Thân Thuộc", "Đảng bộ xã Phúc Khoa"],
    units: [
      villageCell("Chi bộ tổ dân phố số 1", { pilot: true }),
      villageCell("Chi bộ tổ dân phố số 2"),
      villageCell("Chi bộ tổ dân phố số 3"),
      villageCell("Chi bộ tổ dân phố số 4"),
      villageCell("Chi bộ tổ dân phố số 5"),
      villageCell("Chi bộ bản Trung Đồng"),
      villageCell("Chi bộ bản Tân Muông"),
      villageCell("Chi bộ bản Phiêng Bay"),
      villageCell("Chi bộ bản Thân Thuộc"),
      villageCell("Chi bộ bản Nà Phát"),
      villageCell("Chi bộ bản Hua Pầu"),
      villageCell("Chi bộ bản Phúc Khoa"),
      villageCell("Chi bộ bản Nà Cóc"),
      villageCell("Chi bộ Cơ quan Đảng - Mặt trận xã", { block: "SECTOR", pilot: true }),
      villageCell("Chi bộ Cơ quan Ủy ban nhân dân xã", { block: "SECTOR" }),
      villageCell("Chi bộ Công an xã", { block: "ARMED_FORCES", pilot: true }),
      villageCell("Chi bộ Quân sự xã", { block: "ARMED_FORCES" }),
      villageCell("Chi bộ Trường THPT Tân Uyên", { block: "SECTOR" }),
      villageCell("Chi bộ Trạm Y tế xã", { block: "SECTOR" }),
      villageCell("Chi bộ Điện lực Tân Uyên", { block: "ENTERPRISE" }),
    ],
  },
  { district: "AG-AP", province: "AG", code: "AG-XAP", name: "Đảng bộ xã An Phú", memberCount: 1120 },
  { district: "BL-PL", province: "CM", code: "CM-XPL", name: "Đảng bộ xã Phước Long", memberCount: 980 },
  { district: "DNO-DS", province: "LD", code: "LD-XDS", name: "Đảng bộ xã Đắk Song", memberCount: 1040 },
  { district: "BK-NS", province: "TN", code: "TN-XNS", name: "Đảng bộ xã Ngân Sơn", memberCount: 760 },
];

/**
 * The demo's live congress: xã Tân Uyên prepares its congress, opening six weeks after the day the
 * demo is seeded (prisma/seed/demo-next-term.ts); the term counts from the opening's year
 * (nextTerm). `history` is the district whose 2020 congress it takes its sub-committees from.
 */
export const NEXT_TERM = { organisation: "LC-XTU", history: "LC-TU", ordinal: 1, daysToOpening: 42, years: 5 } as const;

/** The live congress's opening and term when the demo is seeded on `today` (YYYY-MM-DD). */
export function nextTerm(today: string): { opening: string; start: number; end: number } {
  const opening = addDays(today, NEXT_TERM.daysToOpening);
  const start = Number(opening.slice(0, 4));
  return { opening, start, end: start + NEXT_TERM.years };
}

/**
 * One account per role; the organisation roles work in xã Tân Uyên (and read the 2020 records of
 * huyện Tân Uyên, which it keeps), plus xã An Phú's organizer.
 */
export const DEMO_ACCOUNTS = [
  { email: "quantri@daihoi.example", name: "Nguyễn Văn Quản", role: "ADMIN", unit: null },
  { email: "tinhuy.laichau@daihoi.example", name: "Lò Thị Hạnh", role: "PROVINCE_OVERSEER", unit: "LC" },
  { email: "tochuc.tanuyen@daihoi.example", name: "Trần Đức Minh", role: "ORGANIZER", unit: "LC-XTU" },
  { email: "tieuban.tanuyen@daihoi.example", name: "Hoàng Thu Trang", role: "SUBCOMMITTEE_LEAD", unit: "LC-XTU" },
  { email: "thanhvien.tanuyen@daihoi.example", name: "Vàng Văn Sơn", role: "MEMBER", unit: "LC-XTU" },
  { email: "xem.tanuyen@daihoi.example", name: "Đỗ Ngọc Ánh", role: "VIEWER", unit: "LC-XTU" },
  { email: "tochuc.anphu@daihoi.example", name: "Lê Minh Khánh", role: "ORGANIZER", unit: "AG-XAP" },
] as const;
