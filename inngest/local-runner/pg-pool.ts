import pg from "pg";

export type Db = pg.Pool;
export type Tx = pg.PoolClient;

/** An idle connection that breaks (a Postgres restart) is reported, not thrown at the process. */
export function createPool(connectionString: string, onError: (error: unknown) => void): Db {
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on("error", onError);
  return pool;
}

/** Runs `work` in one transaction: a reply from the app is applied wholly or not at all. */
export async function transaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
