import type { Metadata } from "next";
import { congressTitle } from "@/lib/server/metadata";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { GroupAssigner } from "@/components/delegates/group-assigner";
import { Card } from "@/components/ui/card";
import { listGroups } from "@/lib/delegates/data";
import { compareGroups } from "@/lib/delegates/groups";
import { congressPage } from "@/lib/server/page";
import { ScrollRegion } from "@/components/ui/scroll-region";

export async function generateMetadata({ params }: { params: Promise<{ organisationId: string; congressId: string }> }): Promise<Metadata> {
  return congressTitle(params, (await getTranslations("delegates"))("groups.title"));
}

/** Tổ thảo luận: the official delegates by group; organizers share them into groups at once. */
export default async function GroupsPage({ params }: { params: Promise<{ organisationId: string; congressId: string }> }) {
  const { actor, congress, base, can } = await congressPage(params, "delegate.read");
  const [{ rows, pending }, t, tc] = await Promise.all([listGroups(actor, congress), getTranslations("delegates.groups"), getTranslations("delegates.category")]);
  const byGroup = new Map<string, typeof rows>();
  for (const r of rows) byGroup.set(r.group ?? "", [...(byGroup.get(r.group ?? "") ?? []), r]);
  // Named groups by number ("Tổ 2" before "Tổ 10"), the delegates without one last.
  const names = [...byGroup.keys()].filter(Boolean).sort(compareGroups);
  if (byGroup.has("")) names.push("");
  const named = names.filter(Boolean).length;

  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="text-sm text-muted">{t("intro")}</p>
        {pending > 0 && <p className="mt-1 text-sm">{t("pending", { count: pending })}</p>}
      </div>
      {can("delegate.manage") && (
        <GroupAssigner
          congressId={congress.id}
          delegates={rows.map((r) => ({ id: r.id, version: r.version, unitId: r.homeUnitId }))}
          defaultCount={Math.min(50, named || Math.max(1, Math.ceil(rows.length / 25)))}
        />
      )}
      {rows.length === 0 ? (
        <Card>
          <p className="text-muted">{t("empty")}</p>
        </Card>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {names.map((name) => {
            const members = byGroup.get(name)!;
            const units = new Set(members.map((m) => m.homeUnitId).filter(Boolean)).size;
            const headingId = `group-${names.indexOf(name)}`;
            return (
              <section key={name} aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white">
                <h3 id={headingId} className="border-b border-stone-200 px-3 py-2 font-semibold">
                  {name || t("ungrouped")}
                  <span className="ml-2 text-sm font-normal text-muted">
                    {t("members", { count: members.length })} · {t("units", { count: units })}
                  </span>
                </h3>
                <ScrollRegion label={name || t("ungrouped")}>
                  <table className="w-full text-left text-sm">
                    <thead className="text-xs uppercase text-muted">
                      <tr>
                        <th scope="col" className="px-3 py-1">{t("index")}</th>
                        <th scope="col" className="px-3 py-1">{t("name")}</th>
                        <th scope="col" className="px-3 py-1">{t("unit")}</th>
                        <th scope="col" className="px-3 py-1">{t("seat")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {members.map((m, i) => (
                        <tr key={m.id} className="border-t border-stone-100">
                          <td className="px-3 py-1 tabular-nums">{i + 1}</td>
                          <th scope="row" className="px-3 py-1 font-medium">
                            <Link href={`${base}/delegates/${m.id}`} className="underline decoration-stone-300 underline-offset-2 hover:decoration-current">
                              {m.fullName}
                            </Link>
                          </th>
                          <td className="px-3 py-1">{m.homeUnit?.name ?? <span className="text-muted">{tc(m.category)}</span>}</td>
                          <td className="px-3 py-1 tabular-nums">{m.seat}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
