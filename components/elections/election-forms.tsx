"use client";
import { useTranslations } from "next-intl";
import { DateField, FormMessage, SelectField, SubmitButton, TextField, useActionForm } from "@/components/forms/form-kit";
import { GENDERS } from "@/lib/delegates/choices";
import { addCounterAction, approveAction, correctBaseAction, createElectionAction, nominateAction, openRoundAction } from "@/lib/elections/actions";
import { CONGRESS_KINDS, COUNTING_POSITIONS, FIRST_MEETING_KINDS, NOMINATION_SOURCES } from "@/lib/elections/choices";
import { addCounterSchema, approveSchema, correctBaseSchema, createElectionSchema, nominateSchema, openRoundSchema } from "@/lib/elections/schema";

type Choice = { id: string; label: string };

export function CreateElectionForm({ congressId, schemeSeats }: { congressId: string; schemeSeats: number | null }) {
  const t = useTranslations("elections");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: createElectionSchema,
    action: createElectionAction,
    defaultValues: { congressId, kind: "EXECUTIVE_COMMITTEE", name: "", seats: schemeSeats === null ? "" : String(schemeSeats), fromScheme: schemeSeats !== null },
    successText: t("create.done"),
    refresh: true,
  });
  const id = "election";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField form={form} name="kind" label={t("create.kind")} error={fieldError("kind")} idPrefix={id} options={[...CONGRESS_KINDS, ...FIRST_MEETING_KINDS].map((k) => ({ value: k, label: `${t(`kinds.${k}`)} — ${t((CONGRESS_KINDS as readonly string[]).includes(k) ? "kindGroups.congress" : "kindGroups.firstMeeting")}` }))} />
        <TextField form={form} name="name" label={t("create.name")} error={fieldError("name")} idPrefix={id} />
        <TextField form={form} name="seats" label={t("create.seats")} help={t("create.seatsHelp")} error={fieldError("seats")} idPrefix={id} inputMode="numeric" />
        <label className="flex items-center gap-2 self-end pb-2 text-sm font-medium">
          <input type="checkbox" {...form.register("fromScheme")} className="size-5" />
          {t("create.fromScheme")}
        </label>
      </div>
      <SubmitButton pending={pending} label={t("create.submit")} />
    </form>
  );
}

export function AddCounterForm({ congressId, accounts }: { congressId: string; accounts: Choice[] }) {
  const t = useTranslations("elections");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: addCounterSchema,
    action: addCounterAction,
    defaultValues: { congressId, userId: "", fullName: "", position: "MEMBER" },
    successText: t("counters.added"),
    refresh: true,
  });
  const id = "counter";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField form={form} name="userId" label={t("counters.user")} error={fieldError("userId")} idPrefix={id} empty={t("counters.noUser")} options={accounts.map((a) => ({ value: a.id, label: a.label }))} />
        <TextField form={form} name="fullName" label={t("counters.fullName")} error={fieldError("fullName")} idPrefix={id} />
        <SelectField form={form} name="position" label={t("counters.position")} error={fieldError("position")} idPrefix={id} options={COUNTING_POSITIONS.map((p) => ({ value: p, label: t(`counters.positions.${p}`) }))} />
      </div>
      <SubmitButton pending={pending} label={t("counters.add")} />
    </form>
  );
}

export function NominateForm({ electionId, delegates }: { electionId: string; delegates: Choice[] }) {
  const t = useTranslations();
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: nominateSchema,
    action: nominateAction,
    defaultValues: { electionId, source: "NOMINATED", delegateId: "", fullName: "", gender: "", birth: "", ethnicity: "", position: "", nominatedBy: "", agreeing: "", present: "" },
    // A refused nomination is recorded too (with its vote): the message says it is not on the list.
    successText: (data) => (data.admitted ? t("elections.nominate.done") : t("elections.nominate.doneRefused")),
    refresh: true,
  });
  const id = "nominate";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField form={form} name="source" label={t("elections.nominate.source")} error={fieldError("source")} idPrefix={id} options={NOMINATION_SOURCES.map((s) => ({ value: s, label: t(`elections.sources.${s}`) }))} />
        <SelectField form={form} name="delegateId" label={t("personnel.form.delegate")} help={t("personnel.form.delegateHelp")} error={fieldError("delegateId")} idPrefix={id} empty={t("personnel.form.delegateNone")} options={delegates.map((d) => ({ value: d.id, label: d.label }))} />
        <TextField form={form} name="fullName" label={t("personnel.form.fullName")} error={fieldError("fullName")} idPrefix={id} />
        <SelectField form={form} name="gender" label={t("personnel.form.gender")} error={fieldError("gender")} idPrefix={id} empty="" options={GENDERS.map((g) => ({ value: g, label: t(`delegates.gender.${g}`) }))} />
        <TextField form={form} name="birth" label={t("personnel.form.birth")} error={fieldError("birth")} idPrefix={id} />
        <TextField form={form} name="ethnicity" label={t("personnel.form.ethnicity")} error={fieldError("ethnicity")} idPrefix={id} />
        <TextField form={form} name="position" label={t("personnel.form.position")} error={fieldError("position")} idPrefix={id} />
        <TextField form={form} name="nominatedBy" label={t("elections.nominate.nominatedBy")} error={fieldError("nominatedBy")} idPrefix={id} />
        <TextField form={form} name="agreeing" label={t("elections.nominate.agreeing")} help={t("elections.nominate.agreementHelp")} error={fieldError("agreeing")} idPrefix={id} inputMode="numeric" />
        <TextField form={form} name="present" label={t("elections.nominate.present")} error={fieldError("present")} idPrefix={id} inputMode="numeric" />
      </div>
      <SubmitButton pending={pending} label={t("elections.nominate.submit")} />
    </form>
  );
}

/** The members' exclusions a members' congress enters on its round (244-QĐ/TW Điều 32 khoản 2; rule.ts EXCLUSIONS_OF.MEMBERS). */
const MEMBER_EXCLUSIONS = ["TEMPORARILY_ATTACHED", "EXCUSED_NOT_PRESENT", "SUSPENDED", "ABSENT_WITH_REASON"] as const;

/**
 * Opens a round. `membersConvened` is set at a members' congress (not at the first meeting): the
 * base is the members convened less the exclusions entered here, each with its own count.
 */
export function OpenRoundForm({ electionId, present, label, membersConvened = null }: { electionId: string; present: number; label: string; membersConvened?: number | null }) {
  const t = useTranslations("elections");
  const members = membersConvened !== null;
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: openRoundSchema,
    action: openRoundAction,
    defaultValues: {
      electionId,
      delegatesPresent: String(present),
      ballotsIssued: String(present),
      ...(members ? { exclusions: { TEMPORARILY_ATTACHED: "0", EXCUSED_NOT_PRESENT: "0", SUSPENDED: "0", ABSENT_WITH_REASON: "0" } } : {}),
    },
    successText: t("round.opened"),
    refresh: true,
  });
  const id = "round";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <p className="text-sm text-muted">{members ? t("round.membersConvened", { count: membersConvened }) : t("round.fromCheckIn", { present })}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="delegatesPresent" label={members ? t("round.membersPresent") : t("round.delegatesPresent")} error={fieldError("delegatesPresent")} idPrefix={id} inputMode="numeric" />
        <TextField form={form} name="ballotsIssued" label={t("round.ballotsIssued")} error={fieldError("ballotsIssued")} idPrefix={id} inputMode="numeric" />
      </div>
      {members && (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium">{t("round.exclusionsTitle")}</legend>
          {MEMBER_EXCLUSIONS.map((k) => (
            <TextField key={k} form={form} name={`exclusions.${k}`} label={t(`round.exclusions.${k}`)} error={fieldError(`exclusions.${k}`)} idPrefix={id} inputMode="numeric" />
          ))}
        </fieldset>
      )}
      <SubmitButton pending={pending} label={label} />
    </form>
  );
}

/**
 * Takes a closed round's base again from the roster, as a correction (đính chính) with its reason.
 * At a members' congress (`memberExclusions` set: those the round recorded) the exclusions may be
 * entered again with it.
 */
export function CorrectBaseForm({ roundId, baseRevision, memberExclusions = null }: { roundId: string; baseRevision: number; memberExclusions?: Partial<Record<(typeof MEMBER_EXCLUSIONS)[number], number>> | null }) {
  const t = useTranslations("elections");
  const n = (k: (typeof MEMBER_EXCLUSIONS)[number]) => String(memberExclusions?.[k] ?? 0);
  const exclusions = memberExclusions
    ? { TEMPORARILY_ATTACHED: n("TEMPORARILY_ATTACHED"), EXCUSED_NOT_PRESENT: n("EXCUSED_NOT_PRESENT"), SUSPENDED: n("SUSPENDED"), ABSENT_WITH_REASON: n("ABSENT_WITH_REASON") }
    : null;
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: correctBaseSchema,
    action: correctBaseAction,
    defaultValues: { roundId, baseRevision, reason: "", ...(exclusions ? { exclusions } : {}) },
    successText: t("base.corrected"),
    refresh: true,
  });
  const id = `base-${roundId}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <TextField form={form} name="reason" label={t("base.reason")} error={fieldError("reason")} idPrefix={id} />
      {exclusions && (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium">{t("round.exclusionsTitle")}</legend>
          {MEMBER_EXCLUSIONS.map((k) => (
            <TextField key={k} form={form} name={`exclusions.${k}`} label={t(`round.exclusions.${k}`)} error={fieldError(`exclusions.${k}`)} idPrefix={id} inputMode="numeric" />
          ))}
        </fieldset>
      )}
      <SubmitButton pending={pending} label={t("base.correct")} />
    </form>
  );
}

/** Records the upper committee's approval (chuẩn y) of the results: its decision and date. */
export function ApproveForm({ electionId, version }: { electionId: string; version: number }) {
  const t = useTranslations("elections");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: approveSchema,
    action: approveAction,
    defaultValues: { electionId, version, decision: "", approvedOn: "" },
    successText: t("approval.saved"),
    refresh: true,
  });
  const id = "approval";
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-4">
      <FormMessage message={message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="decision" label={t("approval.decision")} error={fieldError("decision")} idPrefix={id} />
        <DateField form={form} name="approvedOn" label={t("approval.date")} error={fieldError("approvedOn")} idPrefix={id} />
      </div>
      <SubmitButton pending={pending} label={t("approval.submit")} />
    </form>
  );
}
