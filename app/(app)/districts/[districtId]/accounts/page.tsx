import type { Metadata } from "next";
import { districtTitle } from "@/lib/server/metadata";
import { getTranslations } from "@/lib/i18n/server";
import { AccountRowActions } from "@/components/setup/account-row-actions";
import { AccountForm } from "@/components/setup/organisation-forms";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage } from "@/lib/server/page";
import { grantableRoles } from "@/lib/users/grants";
import { listDistrictAccounts } from "@/lib/users/data";

export async function generateMetadata({ params }: { params: Promise<{ districtId: string }> }): Promise<Metadata> {
  return districtTitle((await params).districtId, (await getTranslations("setup"))("accounts"));
}

/** The district's accounts, for whoever manages accounts there (its organizers, the overseer, an admin). */
export default async function AccountsPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { actor, record: district } = await loadForPage("district", (await params).districtId, "account.manage");
  const [accounts, t] = await Promise.all([listDistrictAccounts(district.id), getTranslations()]);
  const roles = grantableRoles(actor, { provinceId: district.provinceId!, districtId: district.id })
    .filter((r) => r !== "PROVINCE_OVERSEER")
    .map((r) => ({ value: r, label: t(`roles.${r}`) }));
  return (
    <>
      <PageHeader
        title={t("setup.accounts")}
        navLabel={t("nav.breadcrumb")}
        crumbs={[{ href: "/", label: t("nav.home") }, { href: `/districts/${district.id}`, label: district.name }, { label: t("setup.accounts") }]}
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
                {a.id !== actor.userId && <AccountRowActions userId={a.id} disabled={a.disabled} />}
              </li>
            ))}
          </ul>
        </Card>
        <Card>
          <CardTitle>{t("setup.newAccount")}</CardTitle>
          <AccountForm unitId={district.id} roles={roles} />
        </Card>
      </div>
    </>
  );
}
