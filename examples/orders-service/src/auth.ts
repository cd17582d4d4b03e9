import type { NextFunction, Request, Response } from 'express';

/** Staff-only routes need `Authorization: Bearer <ADMIN_TOKEN>`. */
export function requireAdmin(req: Request, res: Response, next: NextFunction): void {
  const expected = process.env.ADMIN_TOKEN ?? 'dev-admin-token';
  if (req.get('authorization') !== `Bearer ${expected}`) {
    res.status(401).json({ error: 'unauthorized' });
    return;
  }
  next();
}
