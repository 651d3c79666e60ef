import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import { getTranslations } from "@/lib/i18n/server";
import { CheckInList } from "@/components/delegates/check-in-list";
import { listCheckIn } from "@/lib/delegates/data";
import { congressPage } from "@/lib/server/page";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("delegates"))("checkIn.title"));
}

/** Điểm danh at the door, for the organizers: the page answers 404 to anyone else. */
export default async function CheckInPage({ params }: { params: Promise<{ organisationId: string; congressId: string }> }) {
  const { actor, congress } = await congressPage(params, "delegate.manage");
  const [rows, t] = await Promise.all([listCheckIn(actor, congress), getTranslations("delegates.checkIn")]);
  return (
    <div className="space-y-3">
      <div>
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <CheckInList
        delegates={rows.map((r) => ({
          id: r.id,
          version: r.version,
          name: r.fullName,
          key: r.searchKey,
          unit: r.homeUnit?.name ?? null,
          group: r.group,
          seat: r.seat,
          checkedInAt: r.checkedInAt?.toISOString() ?? null,
        }))}
      />
    </div>
  );
}
