"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/server/action";
import { useAction } from "./use-action";

/** A button that runs one action after the user confirms: delete, apply the calendar, … */
export function ConfirmButton<I, R, E extends string>({
  action,
  input,
  label,
  confirmText,
  doneText,
  variant = "secondary",
  redirectTo,
}: {
  action: (input: I) => Promise<ActionResult<R, E>>;
  input: I;
  label: string;
  confirmText?: string;
  doneText?: (data: R) => string;
  variant?: "primary" | "secondary" | "danger";
  redirectTo?: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const { run, pending, message } = useAction(action, {
    successText: doneText,
    // Without a message of its own (a deletion: the row is gone), the toast says it worked.
    successToast: doneText ? undefined : () => t("common.toast.done"),
    onSuccess: () => {
      if (redirectTo) router.push(redirectTo);
    },
  });
  const onClick = () => {
    if (confirmText && !window.confirm(confirmText)) return;
    run(input);
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
