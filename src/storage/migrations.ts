/**
 * Schema migrations, applied in order once each. Append new migrations at the end; never edit or
 * reorder one that has shipped (a database that already ran it would not run it again).
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    id: 1,
    name: "meta",
    sql: `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  },
];
