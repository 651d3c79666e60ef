import "server-only";
import { notFound } from "next/navigation";
import { recordRefusal } from "../audit/refusal";
import { type Right, can } from "../auth/access";
import { type LoadedRecord, loadForRender } from "../auth/load";
import type { ResourceKind } from "../auth/resources";
import { getActor, requireActor } from "../auth/session";
import { ForbiddenError, NotFoundError, type RefusedPlace } from "../errors";
import { requestContext } from "../runtime/request-context";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A route id that is not even well-formed answers 404 like any other unknown record. */
export function idParam(value: string): string {
  if (!isUuid(value)) notFound();
  return value;
}

/**
 * A page refuses the signed-in caller: the refusal goes to the audit (the page's path, never its
 * query string, which may carry search terms), then the caller gets the 404 page.
 */
export async function refuseAsNotFound(place?: RefusedPlace): Promise<never> {
  // getActor is cached per request: this costs no second lookup.
  const actor = await getActor();
  await recordRefusal({ actor, target: `page ${requestContext()?.path ?? ""}`.trim(), code: "NOT_FOUND", place });
  notFound();
}

/** Runs a data read; a NotFoundError (missing or out of the caller's scope) becomes the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) await refuseAsNotFound(error.place);
    throw error;
  }
}

/**
 * The record a page shows, loaded and checked by lib/auth/load: a record the caller may not see,
 * or may not use this way (its link is hidden anyway), is the 404 page.
 */
export async function loadForPage<K extends ResourceKind>(kind: K, id: string, right: Right) {
  const actor = await requireActor();
  try {
    return { actor, record: await loadForRender(actor, kind, idParam(id), right) };
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) await refuseAsNotFound(error.place);
    throw error;
  }
}

export type CongressParams = Promise<{ organisationId: string; congressId: string }>;

/**
 * What every congress section page starts with. The layout has checked access already; the page
 * asks again for the record it shows (with the right it needs), so it never relies on the layout.
 */
export async function congressPage(params: CongressParams, right: Right = "organisation.read") {
  const p = await params;
  const organisationId = idParam(p.organisationId);
  const { actor, record: congress } = await loadForPage("congress", p.congressId, right);
  // Reached through another organisation's path: as unknown as any other record.
  if (congress.organisationId !== organisationId) await refuseAsNotFound(congress.place);
  const place = congress.place;
  return {
    actor,
    organisationId,
    congressId: congress.id,
    congress: congress as LoadedRecord<"congress">,
    place,
    base: `/organisations/${organisationId}/congresses/${congress.id}`,
    can: (r: Right) => can(actor, r, place),
  };
}
