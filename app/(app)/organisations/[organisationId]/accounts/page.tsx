import type { Metadata } from "next";
import { organisationTitle } from "@/lib/server/metadata";
import { getTranslations } from "@/lib/i18n/server";
import { AccountRowActions } from "@/components/setup/account-row-actions";
import { AccountForm } from "@/components/setup/organisation-forms";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage } from "@/lib/server/page";
import { grantableRoles } from "@/lib/users/grants";
import { listOrganisationAccounts } from "@/lib/users/data";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string }> }): Promise<Metadata> {
  return organisationTitle((await params).organisationId, (await getTranslations("setup"))("accounts"));
}

/** The organisation's accounts, for whoever manages accounts there (its organizers, the overseer, an admin). */
export default async function AccountsPage({ params }: { params: Promise<{ organisationId: string }> }) {
  const { actor, record: organisation } = await loadForPage("organisation", (await params).organisationId, "account.manage");
  const [accounts, t] = await Promise.all([listOrganisationAccounts(organisation.id), getTranslations()]);
  const roles = grantableRoles(actor, { kind: organisation.kind, provinceId: organisation.place.provinceId!, organisationId: organisation.id })
    // An overseer's role sits on a province: offered on the province's own accounts page only.
    .filter((r) => r !== "PROVINCE_OVERSEER" || organisation.kind === "PROVINCE")
    .map((r) => ({ value: r, label: t(`roles.${r}`) }));
  return (
    <>
      <PageHeader
        title={t("setup.accounts")}
        navLabel={t("nav.breadcrumb")}
        crumbs={[{ href: "/", label: t("nav.home") }, { href: `/organisations/${organisation.id}`, label: organisation.name }, { label: t("setup.accounts") }]}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardTitle>{t("setup.accounts")}</CardTitle>
          <ul className="divide-y divide-stone-100">
            {accounts.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{a.name}</span> <span className="text-sm text-muted">{a.email}</span>
                  <span className="block text-sm">
                    {a.grants.map((g) => t(`roles.${g.role}`)).join(", ")}
                    {a.disabled ? ` · ${t("setup.disabled")}` : ""}
                  </span>
                </span>
                {a.id !== actor.userId && (
                  <AccountRowActions userId={a.id} disabled={a.disabled} unitId={organisation.id} grants={a.grants.map((g) => ({ id: g.id, role: g.role, label: t(`roles.${g.role}`) }))} roles={roles} />
                )}
              </li>
            ))}
          </ul>
        </Card>
        <Card>
          <CardTitle>{t("setup.newAccount")}</CardTitle>
          <AccountForm unitId={organisation.id} roles={roles} />
        </Card>
      </div>
    </>
  );
}
