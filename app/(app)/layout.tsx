import type { ReactNode } from "react";
import { getTranslations } from "@/lib/i18n/server";
import { PasswordForm } from "@/components/settings/password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ResetNotice } from "@/components/settings/reset-notice";
import { AppHeader } from "@/components/shell/app-header";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { passwordResetNotice } from "@/lib/users/data";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const t = await getTranslations();
  // Someone else reset this password: the user hears who and when at their next sign-in.
  const reset = actor.passwordResetAt ? await passwordResetNotice(actor.userId) : null;
  const notice = reset && (
    <ClientMessages namespaces={["setup"]}>
      <ResetNotice text={t("setup.resetNotice", { name: reset.byName ?? "—", email: reset.byEmail ?? "—", at: formatDateTime(reset.at) })} dismissible={!actor.mustChangePassword} />
    </ClientMessages>
  );
  // A password someone else chose (a first password, a reset) opens nothing until it is changed.
  if (actor.mustChangePassword) {
    return (
      <>
        <AppHeader userName={actor.name} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
          <Card>
            <CardTitle>{t("settings.changePassword")}</CardTitle>
            <div className="mb-4">
              <Alert tone="info">{t("setup.mustChangePassword")}</Alert>
            </div>
            {notice}
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
        {notice}
        {children}
      </main>
    </>
  );
}
