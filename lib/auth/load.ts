import "server-only";
import { cache } from "react";
import { ForbiddenError, NotFoundError } from "../errors";
import { type Actor, type Place, type Right, authorize, scopeWhere } from "./access";
import { type LoadOptions, type Loaded, RESOURCES, type ResourceKind } from "./resources";

// The one way to load a record and check the caller's right on it. Actions and endpoints name it
// in their `access` field (lib/server/action.ts, lib/api/endpoint.ts); pages call it directly.

export type LoadedRecord<K extends ResourceKind> = Loaded<K> & { place: Place };

/**
 * The record `id` of `kind` as the caller may see it, with `right` checked on its place. Out of
 * scope or missing: NotFoundError (filed under the record's real organisation for the audit); seen
 * but not allowed: ForbiddenError.
 */
export async function load<K extends ResourceKind>(actor: Actor, kind: K, id: string, right: Right, options: LoadOptions = {}): Promise<LoadedRecord<K>> {
  return checked(actor, kind, id, right, options, await specOf(kind).find(id, scopeWhere(actor)));
}

/**
 * `load` for pages, layouts and metadata: the row is read once per request and caller, however
 * many of them ask (a congress's layout, its page and its title), and each asker's right is
 * checked on it. Not for actions, which must read what they are about to change afresh.
 */
export async function loadForRender<K extends ResourceKind>(actor: Actor, kind: K, id: string, right: Right): Promise<LoadedRecord<K>> {
  const row = (await findForRender(actor, kind, id)) as Loaded<K> | null;
  // A copy: each asker gets its own record object around the shared row.
  return checked(actor, kind, id, right, {}, row && { ...row });
}

const findForRender = cache((actor: Actor, kind: ResourceKind, id: string) => specOf(kind).find(id, scopeWhere(actor)));

type Spec<K extends ResourceKind> = {
  find: (id: string, scope: ReturnType<typeof scopeWhere>) => Promise<Loaded<K> | null>;
  place: (row: Loaded<K>) => Place;
  locate: (id: string) => Promise<Place | null>;
  facts?: (actor: Actor, row: Loaded<K>, options: LoadOptions) => Promise<import("./access").RecordFacts[]>;
};
// The table's entries differ in their row types; each is used with its own rows only.
const specOf = <K extends ResourceKind>(kind: K) => RESOURCES[kind] as unknown as Spec<K>;

async function checked<K extends ResourceKind>(actor: Actor, kind: K, id: string, right: Right, options: LoadOptions, row: Loaded<K> | null): Promise<LoadedRecord<K>> {
  const spec = specOf(kind);
  if (!row) throw new NotFoundError(kind, (await spec.locate(id)) ?? undefined);
  const place = spec.place(row);
  for (const facts of spec.facts ? await spec.facts(actor, row, options) : [{}]) authorize(actor, right, place, facts);
  return Object.assign(row, { place });
}

/** Like load, for callers that show or hide something: null instead of a refusal. */
export async function loadIfAllowed<K extends ResourceKind>(actor: Actor, kind: K, id: string, right: Right): Promise<LoadedRecord<K> | null> {
  return orNullIfRefused(load(actor, kind, id, right));
}

/** A load's record, or null when the caller may not see it or use it this way. */
export async function orNullIfRefused<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
    throw error;
  }
}
