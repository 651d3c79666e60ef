"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

// A page inside the signed-in app failed: the header and navigation stay (this renders inside the
// (app) layout's <main>), so the person can retry the page or go elsewhere.
export default function AppErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen readers and keyboards land on the message, not on whatever had focus before.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <h1 ref={heading} tabIndex={-1} className="mb-3 text-2xl font-bold focus:outline-none">
        {t("errors.errorTitle")}
      </h1>
      <p className="mb-6 text-muted">{t("errors.errorText")}</p>
      {error.digest && <p className="mb-6 text-sm text-muted">{t("errors.errorReference", { digest: error.digest })}</p>}
      <Button variant="secondary" onClick={reset}>
        {t("common.retry")}
      </Button>
    </div>
  );
}
