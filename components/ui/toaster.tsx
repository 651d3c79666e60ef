"use client";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";

// sonner loads after the page has hydrated, and on the first toast at the latest: no page pays
// for it before it is interactive.
const Sonner = dynamic(() => import("sonner").then((m) => m.Toaster), { ssr: false });
const toast = () => import("sonner").then((m) => m.toast);

/**
 * The one toast region (root layout): bottom centre on phones, bottom right on desktops, announced
 * politely, in the app's colours. Inline field errors stay where they are; a toast says that a
 * save went through or did not, even when the form has scrolled out of sight.
 */
export function Toaster() {
  const t = useTranslations("common.toast");
  return (
    <Sonner
      position="bottom-right"
      containerAriaLabel={t("region")}
      duration={5000}
      visibleToasts={3}
      toastOptions={{
        classNames: {
          toast: "!font-sans !text-sm !border !shadow-md",
          success: "!bg-green-50 !text-green-900 !border-green-300",
          error: "!bg-red-50 !text-red-900 !border-red-300",
        },
      }}
    />
  );
}

/** Toasts for the outcome of an action: the specific text when given, otherwise a short general one. */
export function useNotify() {
  const t = useTranslations("common.toast");
  return {
    success: (text?: string) => void toast().then((show) => show.success(text ?? t("saved"))),
    failure: (text?: string) => void toast().then((show) => show.error(text ?? t("failed"))),
  };
}
