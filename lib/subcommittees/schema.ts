import { optionalText, z } from "../validation";
import { optionalId, optionalVnDate, uuid, version } from "../planning/fields";

export const SUBCOMMITTEE_KINDS = ["DOCUMENTS", "PERSONNEL", "SERVICE", "PROPAGANDA", "CONTENT"] as const;
export type SubCommitteeKind = (typeof SUBCOMMITTEE_KINDS)[number];
/** The form's choice: a standard kind or CUSTOM (stored as no kind). */
export const KIND_CHOICES = [...SUBCOMMITTEE_KINDS, "CUSTOM"] as const;
export const POSITIONS = ["HEAD", "DEPUTY", "MEMBER", "SECRETARY"] as const;
export type Position = (typeof POSITIONS)[number];
/** Positions that lead a sub-committee (trưởng, phó): they manage its tasks. */
export const LEAD_POSITIONS: readonly Position[] = ["HEAD", "DEPUTY"];

const fields = {
  kind: z.enum(KIND_CHOICES),
  /** Empty for a standard kind means its usual name ("Tiểu ban Văn kiện"). */
  name: optionalText(200),
  decisionNumber: optionalText(100),
  decisionDate: optionalVnDate(),
};
const customNeedsName = (v: { kind: string; name?: string }, ctx: z.RefinementCtx) => {
  if (v.kind === "CUSTOM" && !v.name) ctx.addIssue({ code: "custom", path: ["name"], message: "errors.required" });
};

export const createSubCommitteeSchema = z.object({ congressId: uuid(), ...fields }).superRefine(customNeedsName);
export const updateSubCommitteeSchema = z.object({ id: uuid(), version: version(), ...fields }).superRefine(customNeedsName);
export type SubCommitteeFormInput = z.input<typeof updateSubCommitteeSchema>;

const memberFields = {
  /** An organisation account, or empty for a person without one. */
  userId: optionalId(),
  fullName: optionalText(200),
  jobTitle: optionalText(200),
  position: z.enum(POSITIONS),
};
const accountOrName = (v: { userId: string | null; fullName?: string }, ctx: z.RefinementCtx) => {
  if (!v.userId && !v.fullName) ctx.addIssue({ code: "custom", path: ["fullName"], message: "planningErrors.memberName" });
};

export const addMemberSchema = z.object({ subCommitteeId: uuid(), ...memberFields }).superRefine(accountOrName);
export const updateMemberSchema = z.object({ id: uuid(), version: version(), ...memberFields }).superRefine(accountOrName);
export const removeMemberSchema = z.object({ id: uuid(), version: version() });
export type MemberFormInput = z.input<typeof updateMemberSchema>;
