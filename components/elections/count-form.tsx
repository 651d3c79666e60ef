"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormMessage, SubmitButton, TextAreaField, TextField, useActionForm } from "@/components/forms/form-kit";
import { Field, Select } from "@/components/ui/field";
import { correctCountAction, enterCountAction } from "@/lib/elections/actions";
import { type CorrectCountInput, type EnterCountInput, correctCountSchema, enterCountSchema } from "@/lib/elections/schema";
import type { ActionFailure } from "@/lib/server/action";

export type BallotName = { id: string; fullName: string };
export type BoxRecord = { box: number; revision: number; version: number; ballotsReceived: number; valid: number; invalid: number; votes: Record<string, number> };

const valuesOf = (roundId: string, names: BallotName[], box: number, entry: BoxRecord | undefined) => ({
  roundId,
  box: String(box),
  ballotsReceived: entry ? String(entry.ballotsReceived) : "",
  valid: entry ? String(entry.valid) : "",
  invalid: entry ? String(entry.invalid) : "",
  votes: names.map((n) => ({ candidateId: n.id, votes: entry ? String(entry.votes[n.id] ?? 0) : "" })),
});

/** The message of a count that does not add up: what is wrong with the ballot box as a whole. */
function useCountFailure() {
  const t = useTranslations();
  return (failure: ActionFailure<string>) =>
    failure.code === "COUNT_DOES_NOT_ADD_UP" ? [t("elections.errors.COUNT_DOES_NOT_ADD_UP"), ...(failure.fieldErrors?._form ?? []).map((k) => t(k))].join(" ") : undefined;
}

function CountFields({ form, fieldError, names, idPrefix }: { form: ReturnType<typeof useActionForm<typeof enterCountSchema, unknown, string>>["form"]; fieldError: (n: string) => string | undefined; names: BallotName[]; idPrefix: string }) {
  const t = useTranslations("elections.count");
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField form={form} name="ballotsReceived" label={t("ballotsReceived")} error={fieldError("ballotsReceived")} idPrefix={idPrefix} inputMode="numeric" autoComplete="off" />
        <TextField form={form} name="valid" label={t("valid")} error={fieldError("valid")} idPrefix={idPrefix} inputMode="numeric" autoComplete="off" />
        <TextField form={form} name="invalid" label={t("invalid")} error={fieldError("invalid")} idPrefix={idPrefix} inputMode="numeric" autoComplete="off" />
      </div>
      <fieldset>
        <legend className="mb-2 text-sm font-semibold">{t("votes")}</legend>
        <ol className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {names.map((n, i) => (
            <li key={n.id} className="grid grid-cols-[1fr_7rem] items-start gap-2">
              <TextField form={form} name={`votes.${i}.votes`} label={`${i + 1}. ${n.fullName}`} error={fieldError(`votes.${i}.votes`)} idPrefix={idPrefix} inputMode="numeric" autoComplete="off" />
            </li>
          ))}
        </ol>
      </fieldset>
    </>
  );
}

function EnterForm({ roundId, names, box, entry }: { roundId: string; names: BallotName[]; box: number; entry: BoxRecord | undefined }) {
  const t = useTranslations("elections.count");
  const failureText = useCountFailure();
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: enterCountSchema,
    action: enterCountAction,
    defaultValues: { ...valuesOf(roundId, names, box, entry), version: entry?.version ?? null } as EnterCountInput,
    successText: t("saved"),
    failureText,
    keepValues: true,
    refresh: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("title")}>
      <FormMessage message={message} />
      <TextField form={form} name="box" label={t("box")} error={fieldError("box")} idPrefix={`count-${roundId}`} inputMode="numeric" readOnly={entry !== undefined} className="max-w-28" />
      <CountFields form={form} fieldError={fieldError} names={names} idPrefix={`count-${roundId}`} />
      <SubmitButton pending={pending} label={t("save")} />
    </form>
  );
}

function CorrectForm({ roundId, names, entry }: { roundId: string; names: BallotName[]; entry: BoxRecord }) {
  const t = useTranslations("elections.count");
  const failureText = useCountFailure();
  const { form, onSubmit, pending, message, fieldError } = useActionForm({
    schema: correctCountSchema,
    action: correctCountAction,
    defaultValues: { ...valuesOf(roundId, names, entry.box, entry), revision: entry.revision, reason: "" } as CorrectCountInput,
    successText: t("corrected"),
    failureText,
    keepValues: true,
    refresh: true,
  });
  const looseForm = form as unknown as Parameters<typeof CountFields>[0]["form"];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("correctTitle")}>
      <FormMessage message={message} />
      <CountFields form={looseForm} fieldError={fieldError} names={names} idPrefix={`correct-${roundId}`} />
      <TextAreaField form={form} name="reason" label={t("reason")} error={fieldError("reason")} idPrefix={`correct-${roundId}`} />
      <SubmitButton pending={pending} label={t("correct")} />
    </form>
  );
}

/**
 * The counting committee's entry of one ballot box: a new box, or an entered one to re-enter while
 * the round is open (over the version shown) or to correct once it is closed (a new entry).
 */
export function CountPanel({ roundId, names, boxes, closed }: { roundId: string; names: BallotName[]; boxes: BoxRecord[]; closed: boolean }) {
  const t = useTranslations("elections.count");
  const next = Math.max(0, ...boxes.map((b) => b.box)) + 1;
  // "new" stays on the next free box after each save, so box after box is entered in a row.
  const [choice, setChoice] = useState<"new" | number>(closed ? (boxes[0]?.box ?? 0) : "new");
  const box = choice === "new" ? next : choice;
  const entry = boxes.find((b) => b.box === box);
  const id = `pick-${roundId}`;
  return (
    <div className="space-y-4">
      <Field id={id} label={t("pick")}>
        <Select id={id} value={String(choice)} onChange={(e) => setChoice(e.target.value === "new" ? "new" : Number(e.target.value))} className="max-w-60">
          {!closed && <option value="new">{t("newBox")}</option>}
          {boxes.map((b) => (
            <option key={b.box} value={String(b.box)}>
              {t("boxLabel", { box: b.box })}
            </option>
          ))}
        </Select>
      </Field>
      {closed ? (
        entry && <CorrectForm key={`${entry.box}-${entry.revision}`} roundId={roundId} names={names} entry={entry} />
      ) : (
        <EnterForm key={`${box}-${entry?.version ?? 0}`} roundId={roundId} names={names} box={box} entry={entry} />
      )}
    </div>
  );
}
