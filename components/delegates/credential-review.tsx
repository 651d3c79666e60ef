"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { reviewCredentialAction } from "@/lib/delegates/actions";
import { CredentialBadge } from "./credential-badge";

type Status = "PENDING" | "ACCEPTED" | "REJECTED";
type Props = { delegate: { id: string; version: number; name: string; status: Status; reason: string | null } };

/** Thẩm tra tư cách: accept, reject with a reason, or put back to pending. */
export function CredentialReview({ delegate }: Props) {
  const t = useTranslations();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const { run, pending, message } = useAction(reviewCredentialAction, {
    refresh: true,
    successToast: () => t("common.toast.done"),
    onSuccess: () => setRejecting(false),
    failureText: (failure) => (failure.fieldErrors?.reason?.[0] ? t(failure.fieldErrors.reason[0]) : undefined),
  });
  const reasonId = `reason-${delegate.id}`;

  const review = (status: Status, why?: string) => run({ id: delegate.id, version: delegate.version, status, reason: why });

  return (
    <div className="space-y-1" aria-busy={pending || undefined}>
      <div className="flex flex-wrap items-center gap-1">
        <CredentialBadge status={delegate.status} />
        {delegate.status !== "ACCEPTED" && (
          <Button variant="secondary" className="btn-sm" pending={pending} onClick={() => review("ACCEPTED")} aria-label={`${t("delegates.review.accept")}: ${delegate.name}`}>
            {t("delegates.review.accept")}
          </Button>
        )}
        {delegate.status !== "REJECTED" && !rejecting && (
          <Button variant="danger" className="btn-sm" disabled={pending} onClick={() => setRejecting(true)} aria-label={`${t("delegates.review.reject")}: ${delegate.name}`}>
            {t("delegates.review.reject")}
          </Button>
        )}
        {delegate.status !== "PENDING" && (
          <Button variant="ghost" className="btn-sm" disabled={pending} onClick={() => review("PENDING")}>
            {t("delegates.review.reset")}
          </Button>
        )}
      </div>
      {rejecting && (
        <form
          className="flex flex-wrap items-end gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            review("REJECTED", reason);
          }}
        >
          <label htmlFor={reasonId} className="sr-only">{t("delegates.review.reason")}</label>
          <Input id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t("delegates.review.reason")} className="min-w-40 flex-1 py-1 text-sm" maxLength={500} />
          <Button type="submit" variant="danger" className="btn-sm" pending={pending}>
            {t("delegates.review.confirmReject")}
          </Button>
        </form>
      )}
      {message && !message.ok && <p role="alert" className="text-xs font-medium text-red-800">{message.text}</p>}
    </div>
  );
}
