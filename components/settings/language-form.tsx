"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { resultMessageKey } from "@/components/forms/result-message";
import { useAction } from "@/components/forms/use-action";
import { Alert } from "@/components/ui/alert";
import { setLocaleAction } from "@/lib/auth/actions";

export function LanguageForm() {
  const t = useTranslations();
  const locale = useLocale();
  // Keys, not text: after the switch the message shows in the newly chosen language.
  const [message, setMessage] = useState<{ ok: boolean; key: string } | null>(null);
  const { run, pending } = useAction(setLocaleAction, {
    refresh: true,
    onSuccess: () => setMessage({ ok: true, key: "settings.languageSaved" }),
    onFailure: (failure) => setMessage({ ok: false, key: resultMessageKey(failure.code) }),
  });
  const choose = (next: "vi" | "en") => run({ locale: next });

  return (
    <fieldset className="space-y-3" disabled={pending}>
      <legend className="text-sm text-muted">{t("settings.languageHelp")}</legend>
      <div className="flex flex-wrap gap-2">
        {(["vi", "en"] as const).map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            aria-pressed={locale === l}
            onClick={() => choose(l)}
            className="min-h-10 rounded-md border border-stone-300 px-4 py-2 text-sm font-medium aria-pressed:border-brand-700 aria-pressed:bg-brand-50 aria-pressed:text-brand-800"
          >
            {t(`settings.languages.${l}`)}
          </button>
        ))}
      </div>
      {message && <Alert tone={message.ok ? "success" : "error"}>{t(message.key)}</Alert>}
    </fieldset>
  );
}
