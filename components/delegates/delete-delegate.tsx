"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { deleteDelegateAction } from "@/lib/delegates/actions";
import { useNotify } from "@/components/ui/toaster";

export function DeleteDelegate({ id, version, name }: { id: string; version: number; name: string }) {
  const t = useTranslations();
  const notify = useNotify();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const remove = () => {
    if (!window.confirm(t("delegates.form.confirmDelete", { name }))) return;
    startTransition(async () => {
      const result = await deleteDelegateAction({ id, version });
      if (result.ok) {
        notify.success(t("common.toast.done"));
        router.refresh();
      } else {
        setError(t(`errors.${result.code}`));
        notify.failure();
        if (result.code === "VERSION_CONFLICT") router.refresh();
      }
    });
  };
  return (
    <>
      <Button variant="ghost" className="btn-sm text-red-800" pending={pending} onClick={remove} aria-label={`${t("delegates.form.delete")}: ${name}`}>
        {t("delegates.form.delete")}
      </Button>
      {error && <p role="alert" className="text-xs font-medium text-red-800">{error}</p>}
    </>
  );
}
