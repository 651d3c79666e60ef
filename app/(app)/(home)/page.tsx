import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isAdmin } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { listVisibleOrganisations } from "@/lib/units/data";
import { isEmptyInstallation } from "@/lib/users/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

export default async function HomePage() {
  const actor = await requireActor();
  // A new installation: the admin is walked through its first province, organisation, congress and organizer.
  if (isAdmin(actor) && (await isEmptyInstallation())) redirect("/setup");
  const [provinces, t] = await Promise.all([listVisibleOrganisations(actor), getTranslations()]);
  // Someone who works in one organisation goes straight to it (the history it keeps is linked from there).
  const active = provinces.flatMap((p) => p.organisations.filter((o) => o.status === "ACTIVE"));
  if (active.length === 1 && !provinces.some((p) => p.canOpen)) redirect(`/organisations/${active[0]!.id}`);
  return (
    <>
      <PageHeader title={t("home.title")} navLabel={t("nav.breadcrumb")}>
        <p className="text-muted">{t("home.intro")}</p>
      </PageHeader>
      {provinces.length === 0 ? (
        <Card>
          <p>{t("home.empty")}</p>
        </Card>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {provinces.map((p) => (
            <Card key={p.id} aria-labelledby={`p-${p.id}`}>
              <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`p-${p.id}`} className="text-lg font-semibold">
                  {p.name}
                </h2>
                <span className="text-sm text-muted">{t("home.organisationCount", { count: p.organisations.length })}</span>
              </div>
              <ul className="divide-y divide-stone-100">
                {p.organisations.map((d) => (
                  <li key={d.id}>
                    <Link href={`/organisations/${d.id}`} className="flex items-center justify-between py-2 font-medium text-blue-800 hover:underline">
                      <span>
                        {d.name}
                        {d.status !== "ACTIVE" && <span className="ml-2 text-sm font-normal text-muted">({t("home.history")})</span>}
                      </span>
                      <span aria-hidden>›</span>
                    </Link>
                  </li>
                ))}
              </ul>
              {p.canOpen && (
                <Link href={`/provinces/${p.id}`} className="mt-3 inline-block text-sm font-medium text-blue-800 underline">
                  {t("home.openProvince")}
                </Link>
              )}
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
