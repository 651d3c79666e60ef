// The planning of the demo congresses, drawn from the source articles: Tân Uyên's sub-committees,
// calendar (Chỉ thị 35-CT/TW, Kế hoạch 210-KH/TU, Hướng dẫn 05-HD/TU), tasks and documents as they
// stood just before its pilot organisation congress of 8–10/6/2020; lighter plans for the others.
// These congresses have since been held: the seed closes what was still open (demo-planning.ts).
// Tân Uyên's next congress has its own plan, dated from the day of seeding (demo-next-term.ts).
// Decision numbers and every person are synthetic.

export type Position = "HEAD" | "DEPUTY" | "MEMBER" | "SECRETARY";
export type MemberSpec = { name?: string; account?: string; jobTitle?: string; position: Position };
export type SubCommitteeSpec = { kind: "DOCUMENTS" | "PERSONNEL" | "SERVICE" | "PROPAGANDA" | "CONTENT"; decision: string; decidedOn: string; members: MemberSpec[] };
export type MilestoneSpec = { plannedOn: string; doneOn?: string; status: "PLANNED" | "IN_PROGRESS" | "DONE"; reference?: string };
export type TaskSpec = {
  title: string;
  sub: SubCommitteeSpec["kind"];
  status: "TODO" | "IN_PROGRESS" | "BLOCKED" | "DONE";
  priority?: "LOW" | "NORMAL" | "HIGH" | "URGENT";
  dueOn: string;
  assignees?: string[];
  milestone?: string;
  description?: string;
  comments?: { by: string; body: string }[];
};
export type DocumentSpec = { status: "DRAFT" | "INTERNAL_REVIEW" | "SENT_UP" | "COMMENTS_RECEIVED" | "FINAL"; steps: string[]; notes?: string; file?: string };
export type PlanningSpec = {
  organisation: string;
  /** The organisation congress's term. */
  termStart: number;
  subCommittees: SubCommitteeSpec[];
  /** Dates given per standard milestone; the others follow the standard offsets. */
  milestones: Partial<Record<string, MilestoneSpec>>;
  /** Milestones of the standard calendar planned up to this day count as done. */
  doneUntil: string;
  tasks: TaskSpec[];
  documents: Partial<Record<"POLITICAL_REPORT" | "SELF_REVIEW" | "RESOLUTION" | "ACTION_PROGRAMME" | "PERSONNEL_SCHEME", DocumentSpec>>;
};

const LEAD = "tieuban.tanuyen@daihoi.example";
const MEMBER = "thanhvien.tanuyen@daihoi.example";
const ORGANIZER = "tochuc.tanuyen@daihoi.example";

const tanUyen: PlanningSpec = {
  organisation: "LC-TU",
  termStart: 2020,
  doneUntil: "2020-05-31",
  subCommittees: [
    {
      kind: "DOCUMENTS",
      decision: "Quyết định số 312-QĐ/HU",
      decidedOn: "2019-08-20",
      members: [
        { account: LEAD, jobTitle: "Trưởng Ban Tuyên giáo Huyện ủy", position: "HEAD" },
        { name: "Lò Văn Thành", jobTitle: "Phó Chánh Văn phòng Huyện ủy", position: "DEPUTY" },
        { account: MEMBER, jobTitle: "Chuyên viên Ban Tuyên giáo Huyện ủy", position: "MEMBER" },
        { name: "Nguyễn Thị Thu Hà", jobTitle: "Chuyên viên Văn phòng Huyện ủy", position: "SECRETARY" },
      ],
    },
    {
      kind: "PERSONNEL",
      decision: "Quyết định số 313-QĐ/HU",
      decidedOn: "2019-08-20",
      members: [
        { name: "Hà Đức Cường", jobTitle: "Trưởng Ban Tổ chức Huyện ủy", position: "HEAD" },
        { name: "Tòng Thị Mai", jobTitle: "Phó Trưởng Ban Tổ chức Huyện ủy", position: "DEPUTY" },
        { name: "Đinh Văn Hải", jobTitle: "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", position: "MEMBER" },
      ],
    },
    {
      kind: "SERVICE",
      decision: "Quyết định số 314-QĐ/HU",
      decidedOn: "2019-08-20",
      members: [
        { name: "Vũ Quang Minh", jobTitle: "Chánh Văn phòng Huyện ủy", position: "HEAD" },
        { account: MEMBER, jobTitle: "Chuyên viên Ban Tuyên giáo Huyện ủy", position: "MEMBER" },
        { name: "Lường Văn Tuấn", jobTitle: "Giám đốc Trung tâm Văn hóa - Truyền thanh - Truyền hình", position: "MEMBER" },
      ],
    },
  ],
  milestones: {
    DIRECTIVE_STUDIED: { plannedOn: "2019-07-15", doneOn: "2019-07-12", status: "DONE", reference: "Chỉ thị 35-CT/TW ngày 30/5/2019; Kế hoạch 210-KH/TU ngày 29/6/2019" },
    CONGRESS_PLAN: { plannedOn: "2019-08-20", doneOn: "2019-08-20", status: "DONE", reference: "Kế hoạch 210-KH/TU ngày 29/6/2019 của Tỉnh ủy" },
    ROLLOUT_CONFERENCE: { plannedOn: "2019-09-10", doneOn: "2019-09-12", status: "DONE" },
    PILOT_CONGRESSES: { plannedOn: "2020-01-15", doneOn: "2020-01-16", status: "DONE", reference: "Hướng dẫn 05-HD/TU ngày 04/11/2019" },
    GRASSROOTS_CONGRESSES: { plannedOn: "2020-03-31", doneOn: "2020-03-26", status: "DONE" },
    DOCUMENTS_SENT_UP: { plannedOn: "2020-04-30", doneOn: "2020-05-06", status: "DONE" },
    CONVOCATION: { plannedOn: "2020-05-20", doneOn: "2020-05-22", status: "DONE", reference: "Thông tri triệu tập 247 đại biểu" },
    CONGRESS_OPENS: { plannedOn: "2020-06-08", status: "IN_PROGRESS" },
  },
  tasks: [
    {
      title: "Xây dựng dự thảo Báo cáo chính trị trình Đại hội",
      sub: "DOCUMENTS",
      status: "DONE",
      priority: "HIGH",
      dueOn: "2020-03-15",
      assignees: [LEAD],
      milestone: "DOCUMENTS_SENT_UP",
      comments: [{ by: ORGANIZER, body: "Đề nghị bổ sung số liệu kinh tế - xã hội năm 2019 trước khi trình Ban Thường vụ." }],
    },
    {
      title: "Tiếp thu ý kiến của Ban Thường vụ Tỉnh ủy vào dự thảo Nghị quyết Đại hội",
      sub: "DOCUMENTS",
      status: "IN_PROGRESS",
      priority: "URGENT",
      dueOn: "2020-05-30",
      assignees: [LEAD, MEMBER],
      milestone: "CONGRESS_OPENS",
      comments: [{ by: LEAD, body: "Đã tiếp thu 12/15 ý kiến; còn 3 ý kiến về chỉ tiêu giảm nghèo cần xin ý kiến Thường trực." }],
    },
    { title: "Hoàn thiện Chương trình hành động thực hiện Nghị quyết Đại hội", sub: "DOCUMENTS", status: "TODO", dueOn: "2020-06-01", assignees: [MEMBER], milestone: "CONGRESS_OPENS" },
    {
      title: "In ấn văn kiện phát cho 247 đại biểu",
      sub: "DOCUMENTS",
      status: "BLOCKED",
      priority: "HIGH",
      dueOn: "2020-06-05",
      assignees: [MEMBER],
      description: "Chờ bản hoàn chỉnh của Nghị quyết và Chương trình hành động.",
    },
    { title: "Rà soát cơ cấu Ban Chấp hành khóa mới (35 đồng chí) theo Hướng dẫn 05-HD/TU", sub: "PERSONNEL", status: "DONE", priority: "HIGH", dueOn: "2020-02-28" },
    { title: "Tổng hợp lý lịch trích ngang nhân sự tái cử và tham gia lần đầu", sub: "PERSONNEL", status: "IN_PROGRESS", dueOn: "2020-05-25" },
    { title: "Chuẩn bị hội trường Trung tâm Hội nghị huyện", sub: "SERVICE", status: "IN_PROGRESS", dueOn: "2020-06-06", assignees: [MEMBER] },
    { title: "Trang trí băng zôn, cờ hoa tại thị trấn Tân Uyên", sub: "SERVICE", status: "DONE", dueOn: "2020-06-01", assignees: [MEMBER] },
    { title: "Bố trí nơi ăn nghỉ cho đại biểu các xã vùng cao", sub: "SERVICE", status: "TODO", dueOn: "2020-06-04" },
    { title: "Gửi thông tri triệu tập đến 247 đại biểu", sub: "SERVICE", status: "DONE", priority: "HIGH", dueOn: "2020-05-22", milestone: "CONVOCATION" },
  ],
  documents: {
    POLITICAL_REPORT: { status: "FINAL", steps: ["2019-10-01", "2019-12-15", "2020-04-20", "2020-05-06", "2020-05-20"], file: "Du thao Bao cao chinh tri" },
    SELF_REVIEW: { status: "FINAL", steps: ["2019-10-01", "2019-12-20", "2020-04-20", "2020-05-06", "2020-05-20"] },
    RESOLUTION: { status: "COMMENTS_RECEIVED", steps: ["2019-11-15", "2020-02-10", "2020-04-20", "2020-05-06"], notes: "Đang tiếp thu ý kiến của Ban Thường vụ Tỉnh ủy." },
    ACTION_PROGRAMME: { status: "SENT_UP", steps: ["2020-01-10", "2020-03-05", "2020-04-20"] },
    PERSONNEL_SCHEME: { status: "INTERNAL_REVIEW", steps: ["2019-12-01", "2020-03-20"], notes: "35 ủy viên, giảm 2 so với nhiệm kỳ trước; nữ 17,14%; dưới 40 tuổi 31,4%." },
  },
};

const lighter = (organisation: string, doneUntil: string, milestones: PlanningSpec["milestones"], subs: SubCommitteeSpec["kind"][], decidedOn: string): PlanningSpec => ({
  organisation,
  termStart: 2020,
  doneUntil,
  milestones,
  subCommittees: subs.map((kind, i) => ({ kind, decision: `Quyết định số ${120 + i}-QĐ/HU`, decidedOn, members: [{ position: "HEAD" }, { position: "DEPUTY" }, { position: "MEMBER" }] })),
  tasks: [
    { title: "Xây dựng đề cương Báo cáo chính trị", sub: subs[0]!, status: "DONE", dueOn: "2019-11-30" },
    { title: "Tổ chức lấy ý kiến góp ý dự thảo văn kiện", sub: subs[0]!, status: "IN_PROGRESS", dueOn: "2020-06-15" },
  ],
  documents: { POLITICAL_REPORT: { status: "INTERNAL_REVIEW", steps: ["2019-11-30", "2020-03-10"] }, RESOLUTION: { status: "DRAFT", steps: ["2020-02-15"] } },
});

export const DEMO_PLANNING: PlanningSpec[] = [
  tanUyen,
  lighter("BK-NS", "2020-01-31", { CONGRESS_PLAN: { plannedOn: "2019-08-08", doneOn: "2019-08-08", status: "DONE", reference: "Kế hoạch 150-KH/HU ngày 08/8/2019" }, DIRECTIVE_STUDIED: { plannedOn: "2019-07-20", doneOn: "2019-07-20", status: "DONE", reference: "Chỉ thị 35-CT/TW ngày 30/5/2019; Kế hoạch 153-KH/TU ngày 11/7/2019" } }, ["DOCUMENTS"], "2019-08-15"),
  lighter("BL-PL", "2020-03-31", { CONGRESS_PLAN: { plannedOn: "2019-09-10", doneOn: "2019-09-10", status: "DONE", reference: "Kế hoạch số 77" } }, ["PERSONNEL", "DOCUMENTS", "SERVICE"], "2019-09-10"),
  lighter("AG-AP", "2020-01-31", { DIRECTIVE_STUDIED: { plannedOn: "2019-07-15", doneOn: "2019-07-15", status: "DONE", reference: "Chỉ thị 35-CT/TW; Kế hoạch 94-KH/TU" } }, ["DOCUMENTS", "PERSONNEL", "SERVICE"], "2019-09-05"),
  lighter("DNO-DS", "2019-12-31", {}, ["DOCUMENTS", "PERSONNEL", "SERVICE"], "2019-09-20"),
];
