"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, describedBy } from "@/components/ui/field";
import { useNotify } from "@/components/ui/toaster";
import { TextArea } from "@/components/forms/form-kit";
import { uploadVersionAction } from "@/lib/documents/actions";
import { ACCEPT, MAX_FILE_BYTES } from "@/lib/documents/files";
import { resultMessageKey } from "@/lib/planning/codes";
import { uploadVersionSchema } from "@/lib/documents/schema";

/**
 * Uploads a new version of a document's file. The browser checks size and extension first, to
 * save a 20 MB round trip; the server checks again, and reads what the bytes really are.
 */
export function UploadForm({ documentId }: { documentId: string }) {
  const t = useTranslations();
  const notify = useNotify();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const fileRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(null);
    setFileError(undefined);
    const file = fileRef.current?.files?.[0];
    const input = { documentId, fileName: file?.name ?? "", file, note: noteRef.current?.value ?? "" };
    if (!file) return setFileError(t("errors.required"));
    if (file.size > MAX_FILE_BYTES) return setFileError(t("planningErrors.FILE_TOO_LARGE"));
    if (!/\.(docx|pdf|xlsx)$/i.test(file.name)) return setFileError(t("planningErrors.FILE_TYPE"));
    const parsed = uploadVersionSchema.safeParse(input);
    if (!parsed.success) return setFileError(t(parsed.error.issues[0]!.message));
    startTransition(async () => {
      const result = await uploadVersionAction(input as { documentId: string; fileName: string; file: Blob; note: string });
      if (result.ok) {
        setMessage({ ok: true, text: t("documents.uploaded", { number: result.data.number }) });
        notify.success();
        if (fileRef.current) fileRef.current.value = "";
        if (noteRef.current) noteRef.current.value = "";
        return;
      }
      const fieldKey = result.fieldErrors?.file?.[0];
      if (fieldKey) setFileError(t(fieldKey));
      setMessage({ ok: false, text: t(resultMessageKey(result.code)) });
      notify.failure();
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {message && <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>}
      <Field id="upload-file" label={t("documents.file")} help={t("documents.fileHelp")} error={fileError}>
        <Input ref={fileRef} type="file" accept={ACCEPT} {...describedBy("upload-file", fileError, true)} />
      </Field>
      <Field id="upload-note" label={t("documents.fileNote")}>
        <TextArea ref={noteRef} id="upload-note" rows={2} />
      </Field>
      <Button type="submit" pending={pending}>
        {pending ? t("documents.uploading") : t("documents.upload")}
      </Button>
    </form>
  );
}
