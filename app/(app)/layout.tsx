import type { ReactNode } from "react";
import { getTranslations } from "@/lib/i18n/server";
import { PasswordForm } from "@/components/settings/password-form";
import { AppHeader } from "@/components/shell/app-header";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  // A password someone else chose (a first password, a reset) opens nothing until it is changed.
  if (actor.mustChangePassword) {
    const t = await getTranslations();
    return (
      <>
        <AppHeader userName={actor.name} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
          <Card>
            <CardTitle>{t("settings.changePassword")}</CardTitle>
            <div className="mb-4">
              <Alert tone="info">{t("setup.mustChangePassword")}</Alert>
            </div>
            <PasswordForm />
          </Card>
        </main>
      </>
    );
  }
  return (
    <>
      <AppHeader userName={actor.name} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  );
}
