"use client";
// Runs one server action the way every form and button of the app does: in a transition, with the
// result's code turned into a message in the user's language (result-message.ts, or the form's own
// text for a code it handles), a toast, and the page refreshed when someone saved first.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useNotify } from "@/components/ui/toaster";
import type { ActionFailure, ActionResult } from "@/lib/server/action";
import { resultMessageKey } from "./result-message";

export type Message = { ok: boolean; text: string };

export type UseActionOptions<R, E extends string> = {
  /** The message shown in the form after a success. */
  successText?: (data: R) => string | undefined;
  /** The toast after a success (default: "saved"). */
  successToast?: (data: R) => string | undefined;
  /** The form's own text for codes it explains better than the shared message. */
  failureText?: (failure: ActionFailure<E>) => string | undefined;
  onSuccess?: (data: R) => void;
  /** Typed by the action's declared codes, e.g. `if (f.code === "QUOTA_EXCEEDED") …`. */
  onFailure?: (failure: ActionFailure<E>) => void;
  /** Reload the page's server data after a success (lists the change shows up in). */
  refresh?: boolean;
};

export function useAction<I, R, E extends string>(action: (input: I) => Promise<ActionResult<R, E>>, options: UseActionOptions<R, E> = {}) {
  const t = useTranslations();
  const notify = useNotify();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<Message | null>(null);

  const run = (input: I, handlers: Pick<UseActionOptions<R, E>, "onSuccess" | "onFailure"> = {}) =>
    startTransition(async () => {
      setMessage(null);
      const result = await action(input);
      if (result.ok) {
        const text = options.successText?.(result.data);
        if (text) setMessage({ ok: true, text });
        notify.success(options.successToast?.(result.data));
        options.onSuccess?.(result.data);
        handlers.onSuccess?.(result.data);
        if (options.refresh) router.refresh();
        return;
      }
      const text = options.failureText?.(result) ?? t(resultMessageKey(result.code));
      setMessage({ ok: false, text });
      notify.failure();
      options.onFailure?.(result);
      handlers.onFailure?.(result);
      // Someone changed the record meanwhile: show the page as it now is under the message.
      if (result.code === "VERSION_CONFLICT") router.refresh();
    });

  return { run, pending, message, setMessage };
}
