"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { dismissResetNoticeAction } from "@/lib/auth/actions";

/** Tells the user someone else reset their password, who and when, until they dismiss it. */
export function ResetNotice({ text, dismissible }: { text: string; dismissible: boolean }) {
  const t = useTranslations("setup");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Alert tone="info" className="mb-4 flex flex-wrap items-center justify-between gap-2">
      <span>{text}</span>
      {dismissible && (
        <Button
          type="button"
          pending={pending}
          onClick={() =>
            start(async () => {
              await dismissResetNoticeAction({});
              router.refresh();
            })
          }
        >
          {t("dismissResetNotice")}
        </Button>
      )}
    </Alert>
  );
}
