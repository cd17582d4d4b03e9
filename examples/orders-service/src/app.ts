import express from 'express';
import { customersRouter } from './routes/customers.ts';
import ordersRouter from './routes/orders.ts';

/** Builds the HTTP app; the server entry and the tests both start it. */
export function createApp() {
  const app = express();
  app.use(express.json());
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.use('/api/customers', customersRouter);
  app.use('/api/orders', ordersRouter);
  return app;
}
