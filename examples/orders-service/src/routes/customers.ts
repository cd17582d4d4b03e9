import { Router } from 'express';
import { z } from 'zod';
import { pool } from '../db.ts';

const NewCustomer = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
});

export const customersRouter = Router();

customersRouter.post('/', async (req, res) => {
  const parsed = NewCustomer.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: 'invalid customer', issues: parsed.error.issues });
    return;
  }
  try {
    const { rows } = await pool.query('INSERT INTO customers (name, email) VALUES ($1, $2) RETURNING id, name, email', [
      parsed.data.name,
      parsed.data.email,
    ]);
    res.status(201).json(rows[0]);
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      res.status(409).json({ error: 'email already registered' });
      return;
    }
    throw error;
  }
});

customersRouter.get('/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT id, name, email FROM customers WHERE id = $1', [Number(req.params.id)]);
  if (rows.length === 0) {
    res.status(404).json({ error: 'customer not found' });
    return;
  }
  res.json(rows[0]);
});
