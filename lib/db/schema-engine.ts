// Prisma's schema engine compiled to WebAssembly (npm @prisma/schema-engine-wasm), driven through
// the pg driver adapter. This is how we create, apply and check migrations without the native
// engine binary that the Prisma CLI downloads at first use (blocked offline and on intranets).
// It relies on internal APIs: versions are pinned and tests/integration/migrations.test.ts
// migrates an empty database and checks it matches the schema.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import type { PgConnection } from "./connection";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Engine = bg.SchemaEngine;

let wasmReady: Promise<void> | undefined;
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve("@prisma/schema-engine-wasm").replace(/schema_engine\.js$/, "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return wasmReady;
}

/**
 * Two gaps of adapter-pg when it serves the schema engine: it cannot map PostgreSQL's internal
 * "char" type (OID 18) found in catalog queries, and its executeScript splits scripts on every
 * ";", which breaks function bodies. Scripts go whole through the simple query protocol instead,
 * which PostgreSQL also runs as one implicit transaction.
 */
function patchAdapter(adapter: Adapter): Adapter {
  type Io = (query: unknown) => Promise<{ fields?: { dataTypeID: number }[] }>;
  const target = adapter as unknown as { performIO: Io; client: pg.Pool };
  const performIO = target.performIO.bind(adapter);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  adapter.executeScript = async (script: string) => {
    try {
      await target.client.query(script);
    } catch (error) {
      (adapter as unknown as { onError: (e: unknown) => never }).onError(error);
    }
  };
  return adapter;
}

function adapterFactory(connection: PgConnection) {
  return {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    async connect() {
      return patchAdapter(await new PrismaPg({ ...connection, max: 2 }).connect());
    },
    async connectToShadowDb() {
      const name = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
      const admin = new pg.Client({ ...connection, database: "postgres" });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
      const adapter = patchAdapter(await new PrismaPg({ ...connection, database: name, max: 2 }).connect());
      const dispose = adapter.dispose.bind(adapter);
      // Close the shadow pool before dropping the database, or the drop waits on it.
      adapter.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return adapter;
    },
  };
}

export type SchemaFiles = { files: { path: string; content: string }[] };

export async function withSchemaEngine<T>(
  connection: PgConnection,
  schema: SchemaFiles,
  fn: (engine: Engine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const datamodels = schema.files.map((f) => [f.path, f.content] as [string, string]);
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactory(connection));
  const engine = await bg.SchemaEngine.new({ datamodels }, () => {}, factory);
  try {
    return await fn(engine);
  } finally {
    engine.free();
  }
}
