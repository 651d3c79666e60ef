import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ApiTokens } from "@/components/settings/api-tokens";
import { LanguageForm } from "@/components/settings/language-form";
import { PasswordForm } from "@/components/settings/password-form";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listApiTokens } from "@/lib/api/tokens";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { grantUnitNames } from "@/lib/users/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const actor = await requireActor();
  const [t, unitName, tokens] = await Promise.all([getTranslations(), grantUnitNames(actor), listApiTokens(actor.userId)]);
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
        <Card className="lg:col-span-2">
          <CardTitle>{t("apiTokens.title")}</CardTitle>
          <ApiTokens
            tokens={tokens.map((k) => ({
              id: k.id,
              name: k.name,
              prefix: k.prefix,
              scope: k.scope,
              createdAt: formatDateTime(k.createdAt),
              expiresAt: formatDateTime(k.expiresAt),
              expired: k.expired,
              lastUsedAt: k.lastUsedAt ? formatDateTime(k.lastUsedAt) : null,
              revoked: k.revokedAt !== null,
            }))}
          />
        </Card>
      </div>
    </>
  );
}
