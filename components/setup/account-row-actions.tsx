"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useNotify } from "@/components/ui/toaster";
import { setAccountDisabledAction } from "@/lib/users/actions";

/** Disable or enable an account of the organisation; the server checks the caller may manage it. */
export function AccountRowActions({ userId, disabled }: { userId: string; disabled: boolean }) {
  const t = useTranslations("setup");
  const router = useRouter();
  const notify = useNotify();
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      pending={pending}
      onClick={() =>
        start(async () => {
          const result = await setAccountDisabledAction({ userId, disabled: !disabled });
          if (result.ok) notify.success();
          else notify.failure();
          router.refresh();
        })
      }
    >
      {disabled ? t("enable") : t("disable")}
    </Button>
  );
}
