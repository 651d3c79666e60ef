// PostgreSQL alone: the statements one request sent (as bench/server.mts wrote them down),
// replayed through `pg` with the same values and the same parallelism — statements that
// overlapped in the app run together, the others one after another. Statements inside a
// transaction run on one connection and end in ROLLBACK, so a replayed write leaves nothing.
import { readFileSync } from "node:fs";
import type pg from "pg";

export type Statement = { requestId: string; text: string; values: unknown[]; start: number; end: number; ok: boolean };
export type Capture = Statement[];
export type Latency = { p50: number; p95: number; rps: number; requests: number };

export function loadCaptures(file: string): Map<string, Capture> {
  const byRequest = new Map<string, Capture>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    const s = JSON.parse(line) as Statement;
    if (!s.ok) continue;
    byRequest.set(s.requestId, [...(byRequest.get(s.requestId) ?? []), s]);
  }
  for (const c of byRequest.values()) c.sort((a, b) => a.start - b.start);
  return byRequest;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarise(latencies: number[], elapsedMs: number): Latency {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), rps: (latencies.length / elapsedMs) * 1000, requests: latencies.length };
}

/** Groups of statements that ran at the same time in the app. */
export function waves(capture: Capture): Capture[] {
  const result: Capture[] = [];
  let end = -Infinity;
  for (const s of capture) {
    if (s.start >= end || result.length === 0) result.push([s]);
    else result[result.length - 1]!.push(s);
    end = Math.max(s.start >= end ? s.end : end, s.end);
  }
  return result;
}

const isBegin = (s: Statement) => /^\s*(BEGIN|START TRANSACTION)/i.test(s.text);
const isEnd = (s: Statement) => /^\s*(COMMIT|ROLLBACK)/i.test(s.text);

/** Runs the request's statements once; resolves with the milliseconds it took. */
export async function replayOnce(pool: pg.Pool, capture: Capture): Promise<number> {
  const started = performance.now();
  if (capture.some(isBegin)) {
    const client = await pool.connect();
    let open = false;
    try {
      for (const s of capture) {
        if (isEnd(s)) {
          await client.query("ROLLBACK");
          open = false;
          continue;
        }
        if (isBegin(s)) open = true;
        await client.query(s.text, s.values);
      }
    } finally {
      if (open) await client.query("ROLLBACK").catch(() => {});
      client.release();
    }
  } else {
    for (const wave of waves(capture)) await Promise.all(wave.map((s) => pool.query(s.text, s.values)));
  }
  return performance.now() - started;
}

/** `connections` clients replaying the request in a loop for `seconds`. */
export async function replayLoad(pool: pg.Pool, capture: Capture, connections: number, seconds: number): Promise<Latency> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) latencies.push(await replayOnce(pool, capture));
    }),
  );
  return summarise(latencies, performance.now() - started);
}
