import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import { getTranslations } from "@/lib/i18n/server";
import { RosterImport } from "@/components/delegates/roster-import";
import { congressPage } from "@/lib/server/page";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("delegateImport"))("title"));
}

export default async function ImportPage({ params }: { params: Promise<{ organisationId: string; congressId: string }> }) {
  const { congress, base } = await congressPage(params, "delegate.manage");
  const t = await getTranslations("delegateImport");
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="max-w-3xl text-sm text-muted">{t("intro")}</p>
      </div>
      <RosterImport congressId={congress.id} rosterHref={`${base}/delegates`} />
    </div>
  );
}
