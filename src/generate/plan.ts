import type { HttpDetails, HttpPoint, IntegrationPoint } from '../model.js';

/** HTTP points grouped by the collection they act on: `/api/orders`, `/api/orders/:id`, `/api/orders/:id/status`. */
export interface Resource {
  /** `/api/orders` */
  collection: string;
  /** `orders` */
  name: string;
  /** `order` */
  singular: string;
  /** `:id` style param of the item path, when the API has one. */
  itemParam?: string;
  endpoints: Endpoint[];
}

export interface Endpoint {
  point: HttpPoint;
  http: HttpDetails;
  /** Path below the item: '' for the collection, ':id' for the item, ':id/status' for a sub-route. */
  role: 'collection' | 'item' | 'sub-item' | 'other';
}

/** Groups HTTP points into resources; one test file per resource. */
export function planResources(points: readonly IntegrationPoint[]): Resource[] {
  const byCollection = new Map<string, Resource>();
  for (const point of points) {
    if (point.kind !== 'http') continue;
    const http = point.details;
    const segments = http.path.split('/').filter(Boolean);
    const firstParam = segments.findIndex((s) => s.startsWith(':'));
    const collectionSegments = firstParam === -1 ? segments : segments.slice(0, firstParam);
    const collection = `/${collectionSegments.join('/')}`;
    const rest = firstParam === -1 ? [] : segments.slice(firstParam);
    const role: Endpoint['role'] =
      rest.length === 0 ? 'collection' : rest.length === 1 ? 'item' : rest.slice(1).some((s) => s.startsWith(':')) ? 'other' : 'sub-item';
    const name = resourceName(collectionSegments);
    const resource = byCollection.get(collection) ?? { collection, name, singular: singular(name), endpoints: [] };
    if (rest[0] && !resource.itemParam) resource.itemParam = rest[0].slice(1);
    resource.endpoints.push({ point, http, role });
    byCollection.set(collection, resource);
  }
  return [...byCollection.values()].sort((a, b) => a.collection.localeCompare(b.collection));
}

const NOISE = /^(?:api|v\d+|rest|public|internal)$/i;

function resourceName(segments: string[]): string {
  const meaningful = segments.filter((s) => !NOISE.test(s));
  return (meaningful.join('-') || 'root').replace(/[^A-Za-z0-9-]/g, '-');
}

export function singular(plural: string): string {
  const last = plural.split('-').at(-1)!;
  if (/ies$/.test(last)) return last.replace(/ies$/, 'y');
  if (/(?:ss|x|ch|sh)es$/.test(last)) return last.replace(/es$/, '');
  if (/s$/.test(last) && !/ss$/.test(last)) return last.replace(/s$/, '');
  return last;
}

export function findEndpoint(resource: Resource, method: string, role: Endpoint['role']): Endpoint | undefined {
  return resource.endpoints.find((e) => e.http.method === method && e.role === role);
}
