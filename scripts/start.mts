// npm start — applies pending migrations and serves the production build on PORT (default 3000),
// against DATABASE_URL or, when it is unset, the embedded PostgreSQL under .data/.
import { configOrExit, migratedDatabase, serve } from "./lib/serve.mts";

(process.env as Record<string, string>).NODE_ENV = "production";
const env = configOrExit();
if (!env.AUTH_SECRET) {
  console.error("configuration error: AUTH_SECRET is required in production (e.g. AUTH_SECRET=$(openssl rand -base64 32) npm start)");
  process.exit(1);
}
await serve(env, await migratedDatabase());
