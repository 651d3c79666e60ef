import "server-only";
import { requireActor } from "../auth/session";
import { getCongress } from "../congresses/data";
import { idParam, orNotFound } from "../server/page";

export type CongressParams = Promise<{ districtId: string; congressId: string }>;

/**
 * What every congress section page starts with. The layout has checked access already; the page
 * asks again for the record it shows, so it never relies on the layout alone.
 */
export async function congressPage(params: CongressParams) {
  const actor = await requireActor();
  const p = await params;
  const districtId = idParam(p.districtId);
  const congressId = idParam(p.congressId);
  const congress = await orNotFound(getCongress(actor, districtId, congressId));
  const place = { provinceId: congress.provinceId, districtId: congress.districtId };
  return { actor, districtId, congressId, congress, place, base: `/districts/${districtId}/congresses/${congressId}` };
}
