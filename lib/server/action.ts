import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { z } from "zod";
import type { Actor, Right } from "../auth/access";
import { type LoadedRecord, load } from "../auth/load";
import type { LoadOptions, ResourceKind } from "../auth/resources";
import { getActor } from "../auth/session";
import { entityIdOf, recordRefusal } from "../audit/refusal";
import type { MutationContext } from "../db/mutation";
import { AppError, DomainError, ForbiddenError, NotFoundError, VersionConflictError } from "../errors";

export type FieldErrors = Record<string, string[]>;

/** Codes any action may answer, whatever it declares. */
export const COMMON_CODES = ["UNAUTHENTICATED", "VALIDATION", "FORBIDDEN", "NOT_FOUND", "INTERNAL", "PASSWORD_CHANGE_REQUIRED"] as const;

/**
 * What a password someone else chose (mustChangePassword) may do: change it. Signing out is not
 * an action (lib/auth/actions.ts signOutAction) and always works.
 */
const WHILE_PASSWORD_MUST_CHANGE = new Set(["account.change-password"]);
export type CommonCode = (typeof COMMON_CODES)[number];

export type ActionFailure<E extends string = string> = { ok: false; code: E | CommonCode; fieldErrors?: FieldErrors; current?: unknown };
export type ActionResult<T, E extends string = string> = { ok: true; data: T } | ActionFailure<E>;

/** What an action's `run` gets besides its input: the caller, their address, the action's name. */
export type ActionContext = MutationContext & { actor: Actor };

/** The record an action touches and the right it needs there, as a function of its input. */
export type ResourceRef<K extends ResourceKind> = { kind: K; id: string } & LoadOptions;

/** The caller's own account: no record to load, nothing beyond being signed in. */
export const SELF = { right: "own-account", resource: "self" } as const;

export type Access<In, K extends ResourceKind> = { right: Right; resource: (input: In) => ResourceRef<K> } | typeof SELF;

type RecordOf<K extends ResourceKind> = [K] extends [never] ? null : LoadedRecord<K>;

export type ActionDefinition<S extends z.ZodType, R, K extends ResourceKind = never, E extends string = never> = {
  /** Unique name, `<noun>.<verb>` ("task.set-status"); also the name of its audit entries. */
  name: string;
  input: S;
  /** What the action loads and the right it needs on it; the wrapper loads and checks before `run`. */
  access: Access<z.output<S>, K>;
  /** The failure codes `run` may answer beyond COMMON_CODES; anything else is INTERNAL. */
  errors?: readonly E[];
  run: (ctx: ActionContext, input: z.output<S>, record: RecordOf<K>) => Promise<R>;
  /** Paths whose cached render the change makes stale. */
  revalidate?: (input: z.output<S>, result: R) => string[];
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDefinition = ActionDefinition<any, any, any, any>;
const registry = new Map<string, AnyDefinition>();

export function registeredActions(): ReadonlyMap<string, AnyDefinition> {
  return registry;
}

function validationErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  return fieldErrors;
}

async function loadRecord(def: AnyDefinition, actor: Actor, input: unknown) {
  if (def.access === SELF || def.access.resource === "self") return null;
  const { kind, id, ...options } = def.access.resource(input) as ResourceRef<ResourceKind>;
  return load(actor, kind, id, def.access.right, options);
}

async function execute<R>(def: AnyDefinition, actor: Actor | null, raw: unknown, ip: string | null): Promise<{ result: ActionResult<R>; input?: unknown }> {
  if (!actor) {
    await recordRefusal({ actor: null, target: def.name, code: "UNAUTHENTICATED", entityId: entityIdOf(raw), ip });
    return { result: { ok: false, code: "UNAUTHENTICATED" } };
  }
  if (actor.mustChangePassword && !WHILE_PASSWORD_MUST_CHANGE.has(def.name)) return { result: { ok: false, code: "PASSWORD_CHANGE_REQUIRED" } };
  const parsed = def.input.safeParse(raw);
  if (!parsed.success) return { result: { ok: false, code: "VALIDATION", fieldErrors: validationErrors(parsed.error) } };
  const ctx: ActionContext = { actor, ip, action: def.name };
  try {
    const record = await loadRecord(def, actor, parsed.data);
    return { result: { ok: true, data: await def.run(ctx, parsed.data, record) }, input: parsed.data };
  } catch (error) {
    return { result: await failure(def, ctx, parsed.data, error) };
  }
}

async function failure(def: AnyDefinition, ctx: ActionContext, input: unknown, error: unknown): Promise<ActionFailure> {
  if (error instanceof ForbiddenError || error instanceof NotFoundError) {
    await recordRefusal({ actor: ctx.actor, target: def.name, code: error.code, entityId: entityIdOf(input), place: error.place, ip: ctx.ip });
    return { ok: false, code: error.code };
  }
  if (error instanceof AppError && (COMMON_CODES as readonly string[]).concat(def.errors ?? []).includes(error.code)) {
    if (error instanceof VersionConflictError) return { ok: false, code: error.code, current: error.current };
    if (error instanceof DomainError) return { ok: false, code: error.code, fieldErrors: error.fieldErrors };
    return { ok: false, code: error.code };
  }
  // Unexpected (or a code the action did not declare): the details stay in the server's log.
  console.error(`action ${def.name} failed`, error);
  return { ok: false, code: "INTERNAL" };
}

/** The whole pipeline except the session lookup, so tests can run it with any actor. */
export async function executeAction<R>(def: AnyDefinition, actor: Actor | null, raw: unknown, ip: string | null = null): Promise<ActionResult<R>> {
  return (await execute<R>(def, actor, raw, ip)).result;
}

/** Marks the functions defineAction returns, so a test can tell them from any other export of a "use server" module. */
const ACTION_NAME = Symbol.for("congress-planner.action-name");

/** The registered name of a server action made by defineAction, or undefined for anything else. */
export function definedActionName(fn: unknown): string | undefined {
  return typeof fn === "function" ? (fn as unknown as Record<symbol, string | undefined>)[ACTION_NAME] : undefined;
}

/**
 * Makes a server action that cannot forget the session check, the input validation or the access
 * check: it loads the record `access` names with the caller's scope and right before `run`, and
 * files a refusal (403/404) in the audit.
 */
export function defineAction<S extends z.ZodType, R, K extends ResourceKind = never, const E extends string = never>(def: ActionDefinition<S, R, K, E>) {
  if (registry.has(def.name)) throw new Error(`action ${def.name} defined twice`);
  if (!def.access) throw new Error(`action ${def.name} declares no access`);
  registry.set(def.name, def);
  const action = async (raw: z.input<S>): Promise<ActionResult<R, E>> => {
    const [actor, h] = await Promise.all([getActor(), headers()]);
    const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
    const { result, input } = await execute<R>(def, actor, raw, ip);
    if (result.ok && def.revalidate && input !== undefined) for (const path of def.revalidate(input as z.output<S>, result.data)) revalidatePath(path);
    return result as ActionResult<R, E>;
  };
  // Not enumerable: nothing but the authorization matrix test looks at it.
  Object.defineProperty(action, ACTION_NAME, { value: def.name, enumerable: false });
  return action;
}
