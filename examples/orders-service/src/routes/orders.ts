import { Router } from 'express';
import { z } from 'zod';
import { requireAdmin } from '../auth.ts';
import { pool } from '../db.ts';

const NewOrder = z.object({
  customerId: z.number().int().positive(),
  item: z.string().min(1).max(200),
  quantity: z.number().int().positive(),
});

const StatusChange = z.object({
  status: z.enum(['pending', 'shipped', 'cancelled']),
});

const router = Router();

router.get('/', async (_req, res) => {
  const { rows } = await pool.query(
    'SELECT id, customer_id AS "customerId", item, quantity, status FROM orders ORDER BY id DESC LIMIT 100',
  );
  res.json(rows);
});

router.post('/', async (req, res) => {
  const parsed = NewOrder.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: 'invalid order', issues: parsed.error.issues });
    return;
  }
  const { customerId, item, quantity } = parsed.data;
  const customer = await pool.query('SELECT id FROM customers WHERE id = $1', [customerId]);
  if (customer.rowCount === 0) {
    res.status(422).json({ error: 'unknown customer' });
    return;
  }
  const { rows } = await pool.query(
    'INSERT INTO orders (customer_id, item, quantity) VALUES ($1, $2, $3) RETURNING id, customer_id AS "customerId", item, quantity, status',
    [customerId, item, quantity],
  );
  res.status(201).json(rows[0]);
});

router.get('/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT id, customer_id AS "customerId", item, quantity, status FROM orders WHERE id = $1', [
    Number(req.params.id),
  ]);
  if (rows.length === 0) {
    res.status(404).json({ error: 'order not found' });
    return;
  }
  res.json(rows[0]);
});

router.patch('/:id/status', requireAdmin, async (req, res) => {
  const parsed = StatusChange.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: 'invalid status', issues: parsed.error.issues });
    return;
  }
  const { rows } = await pool.query(
    'UPDATE orders SET status = $1 WHERE id = $2 RETURNING id, customer_id AS "customerId", item, quantity, status',
    [parsed.data.status, Number(req.params.id)],
  );
  if (rows.length === 0) {
    res.status(404).json({ error: 'order not found' });
    return;
  }
  res.json(rows[0]);
});

router.delete('/:id', requireAdmin, async (req, res) => {
  const { rowCount } = await pool.query('DELETE FROM orders WHERE id = $1', [Number(req.params.id)]);
  if (rowCount === 0) {
    res.status(404).json({ error: 'order not found' });
    return;
  }
  res.sendStatus(204);
});

export default router;
