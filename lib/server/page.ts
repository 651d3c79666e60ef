import "server-only";
import { notFound } from "next/navigation";
import { recordRefusal } from "../audit/refusal";
import { getActor } from "../auth/session";
import { NotFoundError, type RefusedPlace } from "../errors";
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
