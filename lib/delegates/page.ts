import "server-only";
import { type Action, can } from "../auth/access";
import { requireActor } from "../auth/session";
import { ForbiddenError, NotFoundError } from "../errors";
import { idParam, refuseAsNotFound } from "../server/page";
import { getRosterCongress } from "./data";

/**
 * The congress of a roster page with the caller's right checked on it. Another district's
 * congress (or one reached through the wrong district id) is a 404, and so is a page the caller
 * may not use: its tab is hidden anyway.
 */
export async function rosterPage(params: Promise<{ districtId: string; congressId: string }>, action: Action = "delegate.read") {
  const actor = await requireActor();
  const p = await params;
  const districtId = idParam(p.districtId);
  const congressId = idParam(p.congressId);
  let congress;
  try {
    congress = await getRosterCongress(actor, congressId, action);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) await refuseAsNotFound(error.place);
    throw error;
  }
  if (congress.districtId !== districtId) await refuseAsNotFound({ provinceId: congress.provinceId, districtId: congress.districtId });
  const place = { provinceId: congress.provinceId, districtId: congress.districtId };
  return { actor, congress, base: `/districts/${districtId}/congresses/${congressId}`, can: (a: Action) => can(actor, a, place) };
}
