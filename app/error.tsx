"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="mb-3 text-2xl font-bold">{t("errors.errorTitle")}</h1>
      <p className="mb-6 text-muted">{t("errors.errorText")}</p>
      <Button variant="secondary" onClick={reset}>
        {t("common.retry")}
      </Button>
    </main>
  );
}
