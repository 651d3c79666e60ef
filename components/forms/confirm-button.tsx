"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useNotify } from "@/components/ui/toaster";
import { resultMessageKey } from "@/lib/planning/codes";
import type { ActionResult } from "@/lib/server/action";

/** A button that runs one action after the user confirms: delete, apply the calendar, … */
export function ConfirmButton<I, R>({
  action,
  input,
  label,
  confirmText,
  doneText,
  variant = "secondary",
  redirectTo,
}: {
  action: (input: I) => Promise<ActionResult<R>>;
  input: I;
  label: string;
  confirmText?: string;
  doneText?: (data: R) => string;
  variant?: "primary" | "secondary" | "danger";
  redirectTo?: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const notify = useNotify();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const onClick = () => {
    if (confirmText && !window.confirm(confirmText)) return;
    startTransition(async () => {
      const result = await action(input);
      if (result.ok) {
        setMessage(doneText ? { ok: true, text: doneText(result.data) } : null);
        // Without a message of its own (a deletion: the row is gone), the toast says it worked.
        if (doneText) notify.success();
        else notify.success(t("common.toast.done"));
        if (redirectTo) router.push(redirectTo);
        return;
      }
      setMessage({ ok: false, text: t(resultMessageKey(result.code)) });
      notify.failure();
      // Someone changed the record meanwhile: show the page as it now is under the message.
      if (result.code === "VERSION_CONFLICT") router.refresh();
    });
  };
  return (
    <div className="space-y-2">
      <Button type="button" variant={variant} pending={pending} onClick={onClick}>
        {label}
      </Button>
      {message && <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>}
    </div>
  );
}
