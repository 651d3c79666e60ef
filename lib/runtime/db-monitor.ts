// Watches the database from the HTTP server: while it is unreachable, pages answer a friendly
// 503 at once instead of failing one by one, and serving resumes by itself when it is back.
import pg from "pg";
import type { PgConnection } from "../db/connection";
import { logger } from "../logger";

/** Consecutive probe timeouts before the database counts as unreachable (about 6 s at one probe per 2 s). */
const SLOW_PROBES_DOWN = 3;

export type DatabaseMonitor = { isUp: () => boolean; probeNow: () => void; stop: () => Promise<void> };

export function watchDatabase(connection: PgConnection, intervalMs = 2_000): DatabaseMonitor {
  const pool = new pg.Pool({ ...connection, max: 1, connectionTimeoutMillis: 1_500, idleTimeoutMillis: 10_000 });
  pool.on("error", () => {}); // a dropped idle connection is what we are here to notice
  let up = true;
  let probing = false;
  let slowProbes = 0;

  const probe = async () => {
    if (probing) return;
    probing = true;
    try {
      await pool.query({ text: "SELECT 1", query_timeout: 1_500 } as pg.QueryConfig);
      if (!up) logger.info("database reachable again: serving");
      up = true;
      slowProbes = 0;
    } catch (error) {
      // A refused or broken connection means the database is gone. A timeout alone does not:
      // under heavy load this process's event loop can lag past the timer while PostgreSQL
      // answered in time (the bench saw a whole server answer 503 that way), so only
      // SLOW_PROBES_DOWN timeouts in a row count.
      const timedOut = /timeout/i.test((error as Error).message);
      slowProbes = timedOut ? slowProbes + 1 : SLOW_PROBES_DOWN;
      if (slowProbes >= SLOW_PROBES_DOWN) {
        if (up) logger.error({ err: (error as Error).message }, "database unreachable: answering 503 until it is back");
        up = false;
      } else logger.warn({ err: (error as Error).message, slowProbes }, "database probe timed out");
    } finally {
      probing = false;
    }
  };
  const timer = setInterval(() => void probe(), intervalMs);
  timer.unref();
  return {
    isUp: () => up,
    probeNow: () => void probe(),
    stop: async () => {
      clearInterval(timer);
      await pool.end().catch(() => {});
    },
  };
}
