import "server-only";
import { ForbiddenError, NotFoundError } from "../errors";
import { type Actor, type Place, type Right, authorize, scopeWhere } from "./access";
import { type LoadOptions, type Loaded, RESOURCES, type ResourceKind } from "./resources";

// The one way to load a record and check the caller's right on it. Actions and endpoints name it
// in their `access` field (lib/server/action.ts, lib/api/endpoint.ts); pages call it directly.

export type LoadedRecord<K extends ResourceKind> = Loaded<K> & { place: Place };

/**
 * The record `id` of `kind` as the caller may see it, with `right` checked on its place. Out of
 * scope or missing: NotFoundError (filed under the record's real district for the audit); seen
 * but not allowed: ForbiddenError.
 */
export async function load<K extends ResourceKind>(actor: Actor, kind: K, id: string, right: Right, options: LoadOptions = {}): Promise<LoadedRecord<K>> {
  // The table's entries differ in their row types; each is used with its own rows only.
  const spec = RESOURCES[kind] as unknown as {
    find: (id: string, scope: ReturnType<typeof scopeWhere>) => Promise<Loaded<K> | null>;
    place: (row: Loaded<K>) => Place;
    locate: (id: string) => Promise<Place | null>;
    facts?: (actor: Actor, row: Loaded<K>, options: LoadOptions) => Promise<import("./access").RecordFacts[]>;
  };
  const row = await spec.find(id, scopeWhere(actor));
  if (!row) throw new NotFoundError(kind, (await spec.locate(id)) ?? undefined);
  const place = spec.place(row);
  for (const facts of spec.facts ? await spec.facts(actor, row, options) : [{}]) authorize(actor, right, place, facts);
  return Object.assign(row, { place });
}

/** Like load, for callers that show or hide something: null instead of a refusal. */
export async function loadIfAllowed<K extends ResourceKind>(actor: Actor, kind: K, id: string, right: Right): Promise<LoadedRecord<K> | null> {
  try {
    return await load(actor, kind, id, right);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
    throw error;
  }
}
