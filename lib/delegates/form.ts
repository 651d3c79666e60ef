// A stored delegate as the values of the edit form (the input of delegateFieldsSchema): dates
// written dd/mm/yyyy, or the year alone when only the year of birth is known; blanks as "".
import { formatDate } from "../dates";
import type { Category, Theory } from "./rows";

export type DelegateFormValues = {
  fullName: string;
  gender: "MALE" | "FEMALE";
  birth: string;
  ethnicity: string;
  partyAdmissionDate: string;
  educationLevel: string;
  theoryLevel: Theory | "";
  position: string;
  homeUnitId: string;
  category: Category;
  alternate: boolean;
  group: string;
  seat: string;
  note: string;
  overQuotaReason: string;
};

export type StoredDelegateFields = {
  fullName: string;
  gender: "MALE" | "FEMALE";
  birthDate: Date | null;
  birthYear: number;
  ethnicity: string;
  partyAdmissionDate: Date | null;
  educationLevel: string | null;
  theoryLevel: Theory | null;
  position: string | null;
  homeUnitId: string | null;
  category: Category;
  alternate: boolean;
  group: string | null;
  seat: string | null;
  note: string | null;
  overQuotaReason: string | null;
};

export function delegateFormValues(d: StoredDelegateFields): DelegateFormValues {
  return {
    fullName: d.fullName,
    gender: d.gender,
    birth: d.birthDate ? formatDate(d.birthDate) : String(d.birthYear),
    ethnicity: d.ethnicity,
    partyAdmissionDate: formatDate(d.partyAdmissionDate),
    educationLevel: d.educationLevel ?? "",
    theoryLevel: d.theoryLevel ?? "",
    position: d.position ?? "",
    homeUnitId: d.homeUnitId ?? "",
    category: d.category,
    alternate: d.alternate,
    group: d.group ?? "",
    seat: d.seat ?? "",
    note: d.note ?? "",
    overQuotaReason: d.overQuotaReason ?? "",
  };
}
