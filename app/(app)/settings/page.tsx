import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LanguageForm } from "@/components/settings/language-form";
import { PasswordForm } from "@/components/settings/password-form";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const actor = await requireActor();
  const t = await getTranslations();
  const unitIds = actor.grants.map((g) => g.unitId).filter((id): id is string => id !== null);
  const units = await db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
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
