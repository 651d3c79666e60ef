"use client";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { deleteDelegateAction } from "@/lib/delegates/actions";

export function DeleteDelegate({ id, version, name }: { id: string; version: number; name: string }) {
  const t = useTranslations();
  const { run, pending, message } = useAction(deleteDelegateAction, { refresh: true, successToast: () => t("common.toast.done") });
  const remove = () => {
    if (window.confirm(t("delegates.form.confirmDelete", { name }))) run({ id, version });
  };
  return (
    <>
      <Button variant="ghost" className="btn-sm text-red-800" pending={pending} onClick={remove} aria-label={`${t("delegates.form.delete")}: ${name}`}>
        {t("delegates.form.delete")}
      </Button>
      {message && !message.ok && <p role="alert" className="text-xs font-medium text-red-800">{message.text}</p>}
    </>
  );
}
