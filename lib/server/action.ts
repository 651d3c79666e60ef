import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { z } from "zod";
import type { Actor } from "../auth/access";
import { getActor } from "../auth/session";
import { entityIdOf, recordRefusal } from "../audit/refusal";
import { AppError, DomainError, ForbiddenError, NotFoundError, VersionConflictError } from "../errors";

export type FieldErrors = Record<string, string[]>;
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: string; fieldErrors?: FieldErrors; current?: unknown };

export type ActionContext = { actor: Actor; ip: string | null };

export type ActionDefinition<S extends z.ZodType, R> = {
  /** Unique name, e.g. "congress.update"; the authorization matrix lists every one. */
  name: string;
  input: S;
  run: (ctx: ActionContext, input: z.output<S>) => Promise<R>;
  /** Paths whose cached render the change makes stale. */
  revalidate?: (input: z.output<S>, result: R) => string[];
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const registry = new Map<string, ActionDefinition<any, any>>();

export function registeredActions(): ReadonlyMap<string, ActionDefinition<z.ZodType, unknown>> {
  return registry;
}

async function execute<S extends z.ZodType, R>(
  def: ActionDefinition<S, R>,
  actor: Actor | null,
  raw: unknown,
  ip: string | null,
): Promise<{ result: ActionResult<R>; input?: z.output<S> }> {
  if (!actor) {
    await recordRefusal({ actor: null, target: def.name, code: "UNAUTHENTICATED", entityId: entityIdOf(raw), ip });
    return { result: { ok: false, code: "UNAUTHENTICATED" } };
  }
  const parsed = def.input.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".") || "_form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { result: { ok: false, code: "VALIDATION", fieldErrors } };
  }
  return { result: await runChecked(def, { actor, ip }, parsed.data), input: parsed.data };
}

async function runChecked<S extends z.ZodType, R>(def: ActionDefinition<S, R>, ctx: ActionContext, input: z.output<S>): Promise<ActionResult<R>> {
  try {
    return { ok: true, data: await def.run(ctx, input) };
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) {
      await recordRefusal({ actor: ctx.actor, target: def.name, code: error.code, entityId: entityIdOf(input), place: error.place, ip: ctx.ip });
      return { ok: false, code: error.code };
    }
    if (error instanceof VersionConflictError) return { ok: false, code: error.code, current: error.current };
    if (error instanceof DomainError) return { ok: false, code: error.code, fieldErrors: error.fieldErrors };
    if (error instanceof AppError) return { ok: false, code: error.code };
    // Unexpected: log the details on the server, give the client a code only.
    console.error(`action ${def.name} failed`, error);
    return { ok: false, code: "INTERNAL" };
  }
}

/** The whole pipeline except the session lookup, so tests can run it with any actor. */
export async function executeAction<S extends z.ZodType, R>(
  def: ActionDefinition<S, R>,
  actor: Actor | null,
  raw: unknown,
  ip: string | null = null,
): Promise<ActionResult<R>> {
  return (await execute(def, actor, raw, ip)).result;
}

/** Marks the functions defineAction returns, so a test can tell them from any other export of a "use server" module. */
const ACTION_NAME = Symbol.for("congress-planner.action-name");

/** The registered name of a server action made by defineAction, or undefined for anything else. */
export function definedActionName(fn: unknown): string | undefined {
  return typeof fn === "function" ? (fn as unknown as Record<symbol, string | undefined>)[ACTION_NAME] : undefined;
}

/**
 * Wraps a server action so it cannot forget the session check or the input validation. The
 * `run` function still authorizes the exact record it touches through lib/auth/access; a refusal
 * (403/404) is recorded in the audit here.
 */
export function defineAction<S extends z.ZodType, R>(def: ActionDefinition<S, R>) {
  if (registry.has(def.name)) throw new Error(`action ${def.name} defined twice`);
  registry.set(def.name, def);
  const action = async (raw: z.input<S>): Promise<ActionResult<R>> => {
    const [actor, h] = await Promise.all([getActor(), headers()]);
    const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
    const { result, input } = await execute(def, actor, raw, ip);
    if (result.ok && def.revalidate && input !== undefined) for (const path of def.revalidate(input, result.data)) revalidatePath(path);
    return result;
  };
  // Not enumerable: nothing but the authorization matrix test looks at it.
  Object.defineProperty(action, ACTION_NAME, { value: def.name, enumerable: false });
  return action;
}
