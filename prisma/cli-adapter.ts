/**
 * The SQLite adapter for the Prisma CLI. `migrate diff --from-migrations` replays each migration
 * into the shadow database as one script, which better-sqlite3's single-statement `run` refuses
 * (P3006): this wrapper runs such a script statement by statement. Prisma's own migration SQL
 * keeps no ";" followed by a line break inside a string, which is what the split relies on.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";

function statements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.split("\n").filter((line) => !line.trimStart().startsWith("--")).join("\n").trim())
    .filter(Boolean);
}

function scripted(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const run = adapter.executeRaw.bind(adapter);
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (prop === "executeRaw") {
        return async (query: SqlQuery) => {
          const parts = statements(query.sql);
          if (parts.length <= 1 || query.args.length > 0) return run(query);
          let changed = 0;
          for (const sql of parts) changed += await run({ ...query, sql });
          return changed;
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export function cliAdapter(url: string, shadowDatabaseUrl?: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url }, shadowDatabaseUrl ? { shadowDatabaseUrl } : undefined);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => scripted(await factory.connect()),
    connectToShadowDb: async () => scripted(await factory.connectToShadowDb()),
  };
}
