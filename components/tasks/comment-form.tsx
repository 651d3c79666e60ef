"use client";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextAreaField, useActionForm } from "@/components/forms/form-kit";
import { commentTaskAction } from "@/lib/tasks/actions";
import { commentSchema } from "@/lib/tasks/schema";

export function CommentForm({ taskId }: { taskId: string }) {
  const t = useTranslations("tasks");
  const { form, onSubmit, pending, message, fieldError } = useActionForm({ schema: commentSchema, action: commentTaskAction, defaultValues: { taskId, body: "" } });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage message={message} />
      <TextAreaField form={form} name="body" label={t("comments.new")} error={fieldError("body")} idPrefix="comment" />
      <SubmitButton pending={pending} label={t("comments.send")} pendingLabel={t("comments.sending")} />
    </form>
  );
}
