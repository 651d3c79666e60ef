// Every setting is an environment variable, validated once. A wrong value stops the process
// with one line naming the variable.
import { z } from "zod";

const boolish = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+\/.+/, "must look like postgresql://user:password@host:5432/database")
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Server processes sharing the port; unset: one per core. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Each worker's JavaScript heap limit (V8 old space), MB. */
  WORKER_HEAP_MB: z.coerce.number().int().min(128).max(16_384).default(320),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LISTEN_HOST: z.string().min(1).default("0.0.0.0"),
  TRUST_PROXY: boolish,
  SESSION_MAX_HOURS: z.coerce.number().min(0.1).max(24 * 30).default(12),
  SESSION_IDLE_MINUTES: z.coerce.number().min(1).max(60 * 24 * 30).default(120),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  RATE_LIMIT_SIGN_IN: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_EXPORT: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_API_TOKEN: z.coerce.number().int().min(1).default(600),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine((v) => [16, 24, 32].includes(Buffer.from(v, "base64").length), "must be base64 of 16, 24 or 32 bytes (e.g. openssl rand -base64 32)")
    .optional(),
  DEMO_MODE: boolish,
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`configuration error: ${issue.path.join(".")} ${issue.message}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
