// Structured JSON logs (pino). Every line written during a request carries its request id and,
// once known, the user id. Routes are logged without their query string, and the redaction list
// keeps credentials out; delegates' personal data never goes to the log.
import pino from "pino";
import { requestContext } from "./runtime/request-context";

const holder = globalThis as unknown as { __congressLogger?: pino.Logger };

function level(): string {
  const wanted = process.env.LOG_LEVEL ?? "info";
  return ["fatal", "error", "warn", "info", "debug", "trace", "silent"].includes(wanted) ? wanted : "info";
}

export const logger: pino.Logger = (holder.__congressLogger ??= pino({
  level: level(),
  base: { service: "congress-planner" },
  timestamp: pino.stdTimeFunctions.isoTime,
  mixin() {
    const context = requestContext();
    return context ? { requestId: context.requestId, ...(context.userId ? { userId: context.userId } : {}) } : {};
  },
  redact: {
    paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization", "cookie", "*.cookie", "headers.cookie", "headers.authorization"],
    censor: "[redacted]",
  },
}));
