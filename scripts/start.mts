// npm start — applies pending migrations and serves the production build on PORT (default 3000),
// against DATABASE_URL or, when it is unset, the embedded PostgreSQL under .data/.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { configOrExit, migratedDatabase, serve, serveWorker } from "./lib/serve.mts";

(process.env as Record<string, string>).NODE_ENV = "production";
const env = configOrExit();
if (!env.AUTH_SECRET) {
  console.error("configuration error: AUTH_SECRET is required in production (e.g. AUTH_SECRET=$(openssl rand -base64 32) npm start)");
  process.exit(1);
}
// Workers (WEB_CONCURRENCY, default one per core) serve; the primary migrates and supervises.
if (cluster.isWorker) await serveWorker(env);
else await serve(env, await migratedDatabase(), process.cwd(), env.WEB_CONCURRENCY ?? availableParallelism());
