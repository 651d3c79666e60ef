import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { SetupWizard } from "@/components/setup/setup-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { isAdmin } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { refuseAsNotFound } from "@/lib/server/page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("setup");
  return { title: t("title") };
}

/** The admin's set-up walk; each step's action checks the right again on the server. */
export default async function SetupPage() {
  const actor = await requireActor();
  if (!isAdmin(actor)) await refuseAsNotFound();
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("setup.title")} navLabel={t("nav.breadcrumb")} crumbs={[{ href: "/", label: t("nav.home") }, { label: t("setup.title") }]} />
      <SetupWizard roleLabel={t("roles.ORGANIZER")} />
    </>
  );
}
