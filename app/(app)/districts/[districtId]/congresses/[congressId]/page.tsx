import { CongressSummary } from "@/components/congresses/congress-summary";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { getCongress } from "@/lib/congresses/data";
import { idParam, orNotFound } from "@/lib/server/page";

export default async function CongressOverviewPage({ params }: { params: Promise<{ districtId: string; congressId: string }> }) {
  const actor = await requireActor();
  const p = await params;
  // The layout has checked access already; the page asks again for the record it shows.
  const congress = await orNotFound(getCongress(actor, idParam(p.districtId), idParam(p.congressId)));
  return (
    <Card>
      <CongressSummary congress={congress} />
    </Card>
  );
}
