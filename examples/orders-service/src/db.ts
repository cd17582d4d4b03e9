import pg from 'pg';

/** One pool per process, from DATABASE_URL. */
export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/orders_dev' });
