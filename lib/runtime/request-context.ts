import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the request log line and every log line written during a request carry; the audit takes
 * the client address and the request id from here when its caller passes none.
 */
export type RequestContext = {
  requestId: string;
  userId?: string;
  /** The client's address, as the server put it first in X-Forwarded-For. */
  ip?: string;
  /** The path without its query string (which may carry search terms). */
  path?: string;
  /** Refusals already in the audit for this request (a page's layout and body may both refuse). */
  refusals?: Set<string>;
};

// On globalThis: the HTTP server and the Next.js route bundles load this module separately, and
// both must see one store.
const holder = globalThis as unknown as { __congressRequestContext?: AsyncLocalStorage<RequestContext> };
const storage = (holder.__congressRequestContext ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function requestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Notes the signed-in user on the current request, for the request log. */
export function noteUser(userId: string): void {
  const context = storage.getStore();
  if (context) context.userId = userId;
}
