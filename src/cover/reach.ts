import type { HttpPoint, IntegrationPoint } from '../model.js';

/**
 * Points a test reaches through an endpoint: the tables, caches and queues used in the file that
 * handles it. A test that calls `POST /api/orders` exercises the `orders` table behind it.
 */
export function reachedThrough(endpoint: HttpPoint, points: readonly IntegrationPoint[]): IntegrationPoint[] {
  const handlerFile = endpoint.details.handler?.file ?? endpoint.location.file;
  return points.filter((p) => p.kind !== 'http' && p.kind !== 'external-http' && p.location.file === handlerFile);
}
