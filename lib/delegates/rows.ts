// One roster row from a spreadsheet, checked cell by cell. Pure: the import core gives it the
// organisation's units; quotas and duplicates against the roster are checked afterwards.
import { isoToDateOnly, parseVietnameseDate } from "../dates";
import type { ColumnKey } from "./columns";
import { matchEthnicity } from "./ethnicity";
import { cleanText, searchKey } from "./names";

export type RawCell = string | number | boolean | Date | null | undefined;
export type Category = "EX_OFFICIO" | "ELECTED" | "APPOINTED";
export type Theory = "ELEMENTARY" | "INTERMEDIATE" | "ADVANCED" | "BACHELOR";

export type DelegateDraft = {
  fullName: string;
  gender: "MALE" | "FEMALE";
  /** YYYY-MM-DD, or null when only the year is known. */
  birthDate: string | null;
  birthYear: number;
  ethnicity: string;
  partyAdmissionDate: string | null;
  educationLevel: string | null;
  theoryLevel: Theory | null;
  position: string | null;
  homeUnitId: string | null;
  category: Category;
  /** Đại biểu dự khuyết. */
  alternate: boolean;
  group: string | null;
  seat: string | null;
  note: string | null;
};

/** An error code is a message key under "delegateImport.errors". */
export type CellError = { column: ColumnKey; code: string; params?: Record<string, string | number> };
export type UnitRef = { id: string; name: string; code: string };

// Cell texts repeat (genders, categories, units; and every row's unit is compared with every
// unit's name): each text is folded once.
const folded = new Map<string, string>();
function key(v: string): string {
  let k = folded.get(v);
  if (k === undefined) {
    if (folded.size >= 10_000) folded.clear();
    k = searchKey(v).replace(/[^a-z0-9]/g, "");
    folded.set(v, k);
  }
  return k;
}

const GENDERS: Record<string, "MALE" | "FEMALE"> = { nam: "MALE", nu: "FEMALE", male: "MALE", female: "FEMALE" };
const THEORY: Record<string, Theory> = {
  socap: "ELEMENTARY",
  trungcap: "INTERMEDIATE",
  caocap: "ADVANCED",
  cunhan: "BACHELOR",
  cunhanchinhtri: "BACHELOR",
  caocapcunhan: "BACHELOR",
};
// The alternate column: blank or "chính thức" is an official delegate; "x", "có" or "dự khuyết" an alternate.
const ALTERNATE: Record<string, boolean> = { "": false, chinhthuc: false, daibieuchinhthuc: false, khong: false, no: false, "0": false, x: true, co: true, dukhuyet: true, daibieudukhuyet: true, dk: true, yes: true, "1": true };
const CATEGORIES: Record<string, Category> = {
  duongnhien: "EX_OFFICIO",
  daibieuduongnhien: "EX_OFFICIO",
  bau: "ELECTED",
  duocbau: "ELECTED",
  daibieubau: "ELECTED",
  chidinh: "APPOINTED",
  daibieuchidinh: "APPOINTED",
};

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 80000) return null;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

function cellText(value: RawCell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return cleanText(String(value));
}

/** A date cell: an Excel date, an Excel serial number, dd/mm/yyyy, or YYYY-MM-DD. */
export function readDate(value: RawCell): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === "number") return excelSerialToIso(value);
  const text = cellText(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    try {
      isoToDateOnly(text);
      return text;
    } catch {
      return null;
    }
  }
  return parseVietnameseDate(text);
}

/** Date of birth, or the year alone ("1975"). */
export function readBirth(value: RawCell): { date: string | null; year: number } | null {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 2100) return { date: null, year: value };
  const text = cellText(value);
  if (/^\d{4}$/.test(text)) return { date: null, year: Number(text) };
  const date = readDate(value);
  return date ? { date, year: Number(date.slice(0, 4)) } : null;
}

function optional(value: RawCell, max: number, column: ColumnKey, errors: CellError[]): string | null {
  const text = cellText(value);
  if (text.length > max) errors.push({ column, code: "tooLong", params: { max } });
  return text || null;
}

export function findUnit(units: UnitRef[], value: string): UnitRef | null {
  const k = key(value);
  return units.find((u) => key(u.name) === k || u.code.toLowerCase() === value.trim().toLowerCase()) ?? null;
}

/** Checks one row; `todayIso` bounds the dates (no one is born or admitted in the future). */
export function validateRow(cells: Partial<Record<ColumnKey, RawCell>>, units: UnitRef[], todayIso: string): { draft: DelegateDraft | null; errors: CellError[] } {
  const errors: CellError[] = [];
  const thisYear = Number(todayIso.slice(0, 4));

  const fullName = cellText(cells.fullName);
  if (!fullName) errors.push({ column: "fullName", code: "required" });
  else if (fullName.length > 120) errors.push({ column: "fullName", code: "tooLong", params: { max: 120 } });
  else if (fullName.split(" ").length < 2) errors.push({ column: "fullName", code: "nameIncomplete" });

  const genderText = cellText(cells.gender);
  const gender = GENDERS[key(genderText)];
  if (!genderText) errors.push({ column: "gender", code: "required" });
  else if (!gender) errors.push({ column: "gender", code: "genderInvalid", params: { value: genderText } });

  const birth = readBirth(cells.birthDate ?? null);
  if (!cellText(cells.birthDate)) errors.push({ column: "birthDate", code: "required" });
  else if (!birth) errors.push({ column: "birthDate", code: "dateInvalid", params: { value: cellText(cells.birthDate) } });
  else if (birth.year < thisYear - 100 || birth.year > thisYear - 18) errors.push({ column: "birthDate", code: "birthOutOfRange" });

  const ethnicityText = cellText(cells.ethnicity);
  const ethnicity = matchEthnicity(ethnicityText);
  if (!ethnicityText) errors.push({ column: "ethnicity", code: "required" });
  else if (!ethnicity) errors.push({ column: "ethnicity", code: "ethnicityUnknown", params: { value: ethnicityText } });

  let partyAdmissionDate: string | null = null;
  if (cellText(cells.partyAdmissionDate)) {
    partyAdmissionDate = readDate(cells.partyAdmissionDate ?? null);
    if (!partyAdmissionDate) errors.push({ column: "partyAdmissionDate", code: "dateInvalid", params: { value: cellText(cells.partyAdmissionDate) } });
    else if (partyAdmissionDate > todayIso) errors.push({ column: "partyAdmissionDate", code: "dateInFuture" });
    else if (birth && Number(partyAdmissionDate.slice(0, 4)) - birth.year < 18) errors.push({ column: "partyAdmissionDate", code: "partyBeforeAdult" });
  }

  const theoryText = cellText(cells.theoryLevel);
  const theoryLevel = theoryText ? (THEORY[key(theoryText)] ?? null) : null;
  if (theoryText && !theoryLevel) errors.push({ column: "theoryLevel", code: "theoryInvalid", params: { value: theoryText } });

  const categoryText = cellText(cells.category);
  const category = categoryText ? CATEGORIES[key(categoryText)] : "ELECTED";
  if (!category) errors.push({ column: "category", code: "categoryInvalid", params: { value: categoryText } });

  const alternateText = cellText(cells.alternate);
  const alternate = ALTERNATE[key(alternateText)];
  if (alternate === undefined) errors.push({ column: "alternate", code: "alternateInvalid", params: { value: alternateText } });

  const unitText = cellText(cells.homeUnit);
  const unit = unitText ? findUnit(units, unitText) : null;
  if (unitText && !unit) errors.push({ column: "homeUnit", code: "unitUnknown", params: { value: unitText } });
  else if (!unitText && category === "ELECTED") errors.push({ column: "homeUnit", code: "unitRequired" });

  const educationLevel = optional(cells.educationLevel, 200, "educationLevel", errors);
  const position = optional(cells.position, 300, "position", errors);
  const group = optional(cells.group, 50, "group", errors);
  const seat = optional(cells.seat, 20, "seat", errors);
  const note = optional(cells.note, 1000, "note", errors);
  if (errors.length > 0) return { draft: null, errors };
  return {
    draft: {
      fullName,
      gender: gender!,
      birthDate: birth!.date,
      birthYear: birth!.year,
      ethnicity: ethnicity!,
      partyAdmissionDate,
      educationLevel,
      theoryLevel,
      position,
      homeUnitId: unit?.id ?? null,
      category: category!,
      alternate: alternate!,
      group,
      seat,
      note,
    },
    errors,
  };
}

/** Same person: same name (ignoring case and diacritic forms) and same date or year of birth. */
export function duplicateKey(d: { fullName: string; birthDate: string | null; birthYear: number }): string {
  return `${cleanText(d.fullName).toLowerCase()}|${d.birthDate ?? d.birthYear}`;
}
