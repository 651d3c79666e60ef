import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "../errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A route id that is not even well-formed answers 404 like any other unknown record. */
export function idParam(value: string): string {
  if (!isUuid(value)) notFound();
  return value;
}

/** Runs a data read; a NotFoundError (missing or out of the caller's scope) becomes the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
