// npm run dev — Next.js in development mode on the same database set-up as npm start (embedded
// unless DATABASE_URL), behind the same HTTP server: the client's address is decided the same way
// (TRUST_PROXY, TRUSTED_PROXY_HOPS), never taken from what the client wrote in X-Forwarded-For.
import { ConfigError, parseEnv } from "../lib/config";
import { applyMigrations } from "../lib/db/migrations";
import { resolveDatabase } from "../lib/db/resolve";
import { startHttpServer, stopOnSignals } from "../lib/runtime/http-server";
import { localAuthSecret } from "./lib/data-dir.mts";

let env: ReturnType<typeof parseEnv>;
try {
  env = parseEnv();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : String(error));
  process.exit(1);
}
const db = await resolveDatabase({ log: console.log });
await applyMigrations(db.connection);
process.env.DATABASE_URL = db.url;
process.env.AUTH_SECRET ||= localAuthSecret();
const server = await startHttpServer({
  dir: process.cwd(),
  dev: true,
  port: env.PORT,
  hostname: env.LISTEN_HOST,
  trustProxy: env.TRUST_PROXY,
  trustedProxyHops: env.TRUSTED_PROXY_HOPS,
  database: db.connection,
  onStopped: db.release,
});
stopOnSignals(server.stop);
