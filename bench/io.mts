// Import and export without a server or database: the time and peak RSS of reading an uploaded
// workbook (the 10,000-row roster and a hostile one), and of writing 10,000 rows as XLSX
// and PDF. Each measurement runs in its own child process so one's garbage does not count
// against the next; the peak is VmHWM, reset after start-up (Linux).
//   npx tsx --conditions=react-server bench/io.mts [--only import,export]
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hostileXlsx } from "../tests/support/roster-files";

const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, ".data/bench-io");

function status(): { rss: number; hwm: number } {
  const text = readFileSync("/proc/self/status", "utf8");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
}

/** Runs `warm` (code loaded, fonts parsed), then `work` measured: ms and MB above the resting RSS. */
async function measure(warm: () => Promise<unknown>, work: () => Promise<string>): Promise<void> {
  await warm().catch(() => "");
  globalThis.gc?.();
  const base = status().rss;
  writeFileSync("/proc/self/clear_refs", "5");
  const started = performance.now();
  const outcome = await work();
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms: Math.round(ms), baseMb: Math.round(base), peakMb: Math.round(status().hwm), addedMb: Math.round(status().hwm - base), outcome }));
}

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Lò", "Sùng"];
const GIVEN = ["Văn An", "Thị Ánh", "Đức Thắng", "Thị Hường", "Quốc Việt", "Minh Đức", "Thị Ước", "Văn Sáng"];

async function rosterXlsx(rows: number): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Ngày vào Đảng", "Trình độ học vấn, chuyên môn", "Lý luận chính trị", "Chức vụ", "Đơn vị", "Loại đại biểu", "Tổ", "Số ghế", "Ghi chú"]);
  for (let i = 0; i < rows; i++) {
    const d = String((i % 28) + 1).padStart(2, "0");
    ws.addRow([i + 1, `${SURNAMES[i % 10]} ${GIVEN[i % 8]} ${i}`, i % 2 ? "Nữ" : "Nam", `${d}/0${(i % 9) + 1}/19${60 + (i % 35)}`, "Kinh", `${d}/05/20${10 + (i % 10)}`, "Đại học", "Trung cấp", "Bí thư chi bộ", "Đảng bộ xã Mường Khoa", "Bầu", `Tổ ${i % 20}`, String(i), ""]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A 10,000-delegate roster as listRoster returns it, without a database. */
function syntheticRoster(n: number) {
  const congress = { id: "c", unit: { name: "Đảng bộ huyện Tân Uyên" }, ordinal: 3, termStart: 2020, termEnd: 2025, plannedOpening: new Date(Date.UTC(2020, 5, 8)) };
  const rows = Array.from({ length: n }, (_, i) => ({
    id: String(i),
    fullName: `${SURNAMES[i % 10]} ${GIVEN[i % 8]}`,
    gender: i % 2 ? "FEMALE" : "MALE",
    birthDate: new Date(Date.UTC(1950, 0, 1 + i)),
    birthYear: 1950 + Math.floor(i / 365),
    ethnicity: i % 7 ? "Kinh" : "Thái",
    partyAdmissionDate: new Date(Date.UTC(1990, 0, 1 + i)),
    educationLevel: "Đại học",
    theoryLevel: "INTERMEDIATE",
    position: i % 3 ? "Bí thư chi bộ" : "Phó Chủ tịch Ủy ban nhân dân xã, Bí thư Đoàn Thanh niên",
    homeUnit: { name: `Đảng bộ xã Mường Khoa ${i % 30}` },
    category: "ELECTED",
    credentialStatus: "ACCEPTED",
    group: `Tổ ${i % 20}`,
    seat: String(i),
    note: "",
  }));
  return { congress, rows };
}

async function child(kind: string, file: string) {
  if (kind === "export") {
    const { rosterStream } = await import("../lib/delegates/export");
    const format = file as "xlsx" | "pdf";
    const { congress, rows } = syntheticRoster(10_000);
    const small = syntheticRoster(10);
    const run = async (r: typeof rows) => {
      const bytes = await new Response(await rosterStream(format, congress as never, r as never)).arrayBuffer();
      return `${(bytes.byteLength / 1048576).toFixed(1)} MB`;
    };
    await measure(() => run(small.rows), () => run(rows));
  }
  if (kind === "read") {
    const { readSheet } = await import("../lib/import/sheet");
    const bytes = readFileSync(file);
    const small = await rosterXlsx(10);
    await measure(() => readSheet(small, "ds.xlsx"), () => readSheet(bytes, "ds.xlsx").then((s) => `${s.rows.length} rows`, (e: { status?: number; code?: string }) => `${e.status} ${e.code}`));
  }
}

const run = (args: string[]) => execFileSync(process.execPath, [...process.execArgv, "--expose-gc", import.meta.filename, ...args], { encoding: "utf8" }).trim();

async function main() {
  const [, , flag, kind, file] = process.argv;
  if (flag === "--child") return child(kind!, file!);
  const only = flag === "--only" ? (kind ?? "").split(",") : ["import", "export"];
  if (only.includes("export")) {
    for (const format of ["xlsx", "pdf"]) console.log(`write 10,000 rows as ${format.toUpperCase()} (no database): ${run(["--child", "export", format])}`);
  }
  if (!only.includes("import")) return;
  mkdirSync(dir, { recursive: true });
  const files = { "roster 10,000 rows": path.join(dir, "roster-10000.xlsx"), "hostile 1,000,000 rows": path.join(dir, "hostile.xlsx") };
  writeFileSync(files["roster 10,000 rows"], await rosterXlsx(10_000));
  writeFileSync(files["hostile 1,000,000 rows"], hostileXlsx(1_000_000));
  for (const [name, file] of Object.entries(files)) {
    console.log(`read ${name} (${(readFileSync(file).length / 1048576).toFixed(1)} MB file): ${run(["--child", "read", file])}`);
  }
}

await main();
