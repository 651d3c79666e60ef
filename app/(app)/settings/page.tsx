import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LanguageForm } from "@/components/settings/language-form";
import { PasswordForm } from "@/components/settings/password-form";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { grantUnitNames } from "@/lib/users/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const actor = await requireActor();
  const [t, unitName] = await Promise.all([getTranslations(), grantUnitNames(actor)]);
  return (
    <>
      <PageHeader title={t("settings.title")} navLabel={t("nav.breadcrumb")} crumbs={[{ href: "/", label: t("nav.home") }, { label: t("settings.title") }]} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardTitle>{t("settings.account")}</CardTitle>
          <p className="font-medium">{actor.name}</p>
          <p className="mb-4 text-sm text-muted">{actor.email}</p>
          <h3 className="mb-1 text-sm font-semibold">{t("settings.roles")}</h3>
          <ul className="list-inside list-disc text-sm">
            {actor.grants.map((g, i) => (
              <li key={i}>
                {t(`roles.${g.role}`)}
                {g.unitId ? ` — ${unitName.get(g.unitId) ?? ""}` : ""}
              </li>
            ))}
          </ul>
        </Card>
        <Card>
          <CardTitle>{t("settings.language")}</CardTitle>
          <LanguageForm />
        </Card>
        <Card className="lg:col-span-2">
          <CardTitle>{t("settings.changePassword")}</CardTitle>
          <PasswordForm />
        </Card>
      </div>
    </>
  );
}
