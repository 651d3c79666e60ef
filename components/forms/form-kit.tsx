"use client";
// Every form's wiring: react-hook-form with the action's own zod schema, the raw values sent to the
// server action (which parses them again) through useAction, server field errors mapped with
// setError, and a refused concurrent edit shown with the newer values loaded into the form.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes, forwardRef, useState } from "react";
import { type DefaultValues, type FieldValues, type Path, type UseFormReturn, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, describedBy } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/lib/server/action";
import type { z } from "@/lib/validation";
import { type Message, type UseActionOptions, useAction } from "./use-action";

/**
 * The form's schema, or a function that imports it: a form shown on a page that is opened far more
 * often than the form is submitted (the dashboard's status controls) loads zod on first use.
 */
type SchemaOrLoader<S> = S | (() => Promise<S>);

export function useActionForm<S extends z.ZodType<unknown, FieldValues>, R, E extends string = never, I = z.input<S>>(options: {
  schema: SchemaOrLoader<S>;
  defaultValues: z.input<S>;
  action: (input: I) => Promise<ActionResult<R, E>>;
  /** The action's input from the form's values, when it is not the values themselves. */
  toInput?: (values: z.input<S>) => I;
  /** The prefix of the server's field names in the action's input ("delegate." → "fullName"). */
  fieldPrefix?: string;
  /** Form values from a record: the saved one after success, the newer one after a conflict. */
  fromRecord?: (record: R) => z.input<S>;
  successText?: string | ((data: R) => string);
  /** Leave the values as typed after a success (a status just chosen), instead of clearing them. */
  keepValues?: boolean;
} & Omit<UseActionOptions<R, E>, "successText">) {
  const t = useTranslations();
  const [record, setRecord] = useState<R | null>(null);
  const form = useForm<z.input<S>>({
    // raw: the form keeps what the user typed (dd/mm/yyyy), which the action parses again. The
    // casts bridge the resolver's zod generics, which TypeScript cannot tie to S here.
    resolver: (async (values: unknown, context: unknown, resolverOptions: unknown) => {
      const schema = typeof options.schema === "function" ? await (options.schema as () => Promise<S>)() : options.schema;
      return (zodResolver(schema as never, undefined, { raw: true }) as (...args: unknown[]) => unknown)(values, context, resolverOptions);
    }) as never,
    defaultValues: options.defaultValues as DefaultValues<z.input<S>>,
  });
  // The record as the server last returned it (saved, or newer after a conflict), for forms whose
  // choices depend on it.
  const { successText } = options;
  const { run, pending, message } = useAction(options.action, {
    ...options,
    successText: typeof successText === "function" ? successText : () => successText,
    onSuccess: (data) => {
      setRecord(data);
      if (options.fromRecord) form.reset(options.fromRecord(data));
      else if (!options.keepValues) form.reset(options.defaultValues);
      options.onSuccess?.(data);
    },
    onFailure: (failure) => {
      if (failure.code === "VERSION_CONFLICT" && failure.current && options.fromRecord) {
        setRecord(failure.current as R);
        form.reset(options.fromRecord(failure.current as R));
      }
      const prefix = options.fieldPrefix ?? "";
      for (const [field, keys] of Object.entries(failure.fieldErrors ?? {})) {
        form.setError((field.startsWith(prefix) ? field.slice(prefix.length) : field) as Path<z.input<S>>, { message: keys[0] });
      }
      options.onFailure?.(failure);
    },
  });
  const onSubmit = form.handleSubmit((values) => run(options.toInput ? options.toInput(values) : (values as I)));

  const fieldError = (name: string): string | undefined => {
    const key = name.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], form.formState.errors) as { message?: string } | undefined;
    return key?.message ? t(key.message) : undefined;
  };

  return { form, onSubmit, pending, message, fieldError, record };
}

/** For field groups shared by a create and an edit form, whose value types differ in their ids. */
export const looseForm = <T extends FieldValues>(form: UseFormReturn<T>) => form as unknown as UseFormReturn<FieldValues>;

export function FormMessage({ message }: { message: Message | null }) {
  if (!message) return null;
  return <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>;
}

type FieldProps<T extends FieldValues> = { form: UseFormReturn<T>; name: Path<T>; label: ReactNode; error?: string; help?: ReactNode; idPrefix: string };

export function TextField<T extends FieldValues>({ form, name, label, error, help, idPrefix, ...input }: FieldProps<T> & Omit<InputHTMLAttributes<HTMLInputElement>, "form" | "name">) {
  const id = `${idPrefix}-${name}`;
  return (
    <Field id={id} label={label} error={error} help={help}>
      <Input {...input} {...form.register(name)} {...describedBy(id, error, Boolean(help))} />
    </Field>
  );
}

/** A dd/mm/yyyy date typed as text: the same format in every browser and language. */
export function DateField<T extends FieldValues>(props: FieldProps<T>) {
  const t = useTranslations("planning");
  return <TextField {...props} inputMode="numeric" placeholder={t("datePlaceholder")} autoComplete="off" maxLength={10} className="max-w-40" />;
}

export function SelectField<T extends FieldValues>({ form, name, label, error, help, idPrefix, options, empty }: FieldProps<T> & { options: { value: string; label: string }[]; empty?: string }) {
  const id = `${idPrefix}-${name}`;
  return (
    <Field id={id} label={label} error={error} help={help}>
      <Select {...form.register(name)} {...describedBy(id, error, Boolean(help))}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export const TextArea = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>(function TextArea({ className, ...props }, ref) {
  return <textarea ref={ref} rows={3} {...props} className={cn("control", className)} />;
});

export function TextAreaField<T extends FieldValues>({ form, name, label, error, help, idPrefix }: FieldProps<T>) {
  const id = `${idPrefix}-${name}`;
  return (
    <Field id={id} label={label} error={error} help={help}>
      <TextArea {...form.register(name)} {...describedBy(id, error, Boolean(help))} />
    </Field>
  );
}

export function SubmitButton({ pending, label, pendingLabel, className }: { pending: boolean; label: string; pendingLabel?: string; className?: string }) {
  const t = useTranslations("common");
  return (
    <Button type="submit" pending={pending} className={className}>
      {pending ? (pendingLabel ?? t("saving")) : label}
    </Button>
  );
}
