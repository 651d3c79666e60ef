"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, describedBy } from "@/components/ui/field";
import { TextArea } from "@/components/forms/form-kit";
import { uploadVersionAction } from "@/lib/documents/actions";
import { ACCEPT, MAX_FILE_BYTES } from "@/lib/documents/files";
import { useAction } from "@/components/forms/use-action";
import { uploadVersionSchema } from "@/lib/documents/schema";

/**
 * Uploads a new version of a document's file. The browser checks size and extension first, to
 * save a 20 MB round trip; the server checks again, and reads what the bytes really are.
 */
export function UploadForm({ documentId }: { documentId: string }) {
  const t = useTranslations();
  const { run, pending, message, setMessage } = useAction(uploadVersionAction, {
    successText: (data) => t("documents.uploaded", { number: data.number }),
    onSuccess: () => {
      if (fileRef.current) fileRef.current.value = "";
      if (noteRef.current) noteRef.current.value = "";
    },
    onFailure: (failure) => {
      const fieldKey = failure.fieldErrors?.file?.[0];
      if (fieldKey) setFileError(t(fieldKey));
    },
  });
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
    run(input as { documentId: string; fileName: string; file: Blob; note: string });
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
