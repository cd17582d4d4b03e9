import type * as TS from 'typescript';
import type { ParsedFile } from '../detector.js';
import { joinPaths } from './http-common.js';
import type { GuardRef } from './http-guard.js';

/**
 * The routing tree most HTTP frameworks build: apps and routers (nodes) mounted under one another
 * at a prefix (edges), middleware registered on a node (uses) and routes declared on a node.
 * Resolving it gives each route its served path and the middleware that runs in front of it.
 */
export interface GraphNode {
  key: string;
  /** The node's own prefix (a router's `prefix` option, Hono's `basePath`). */
  prefix: string;
}

/** A place in the source, for "registered before" questions. */
export interface Place {
  file: string;
  pos: number;
}

export interface GraphEdge {
  parent: string;
  child: string;
  prefix: string;
  at: Place;
}

export interface GraphUse {
  owner: string;
  at: Place;
  names: string[];
  /** Path pattern the middleware is limited to (`/admin/*`), relative to its node. */
  path?: string;
  /** Applies to every route of the node and below, wherever it is registered (Fastify hooks). */
  everywhere?: boolean;
  /** The middleware as written, for reading a guard's code. */
  refs?: GuardRef[];
}

export interface GraphRoute<T> {
  owner: string;
  path: string;
  at: Place;
  /** Middleware given on the route itself. */
  names: string[];
  /** The route's own middleware as written, for reading a guard's code. */
  refs?: GuardRef[];
  data: T;
}

export interface ResolvedRoute<T> {
  route: GraphRoute<T>;
  path: string;
  /** Names of the middleware in front of the handler, outermost first. */
  middleware: string[];
  /** The same middleware as written, where the graph was given it. */
  refs: GuardRef[];
  /** The node the route is reached from (an app, or a router nothing mounts). */
  root: string;
  /** The mounts walked from the root down to the route's node. */
  edges: GraphEdge[];
}

export interface RouteGraph<T> {
  nodes: Map<string, GraphNode>;
  edges: GraphEdge[];
  uses: GraphUse[];
  routes: GraphRoute<T>[];
}

export function emptyGraph<T>(): RouteGraph<T> {
  return { nodes: new Map(), edges: [], uses: [], routes: [] };
}

/** The key of the node an app or router created at `node` stands for. */
export function nodeKey(file: ParsedFile, node: TS.Node): string {
  return `${file.path}#${node.getStart(file.sf)}-${node.end}`;
}

export function addNode<T>(graph: RouteGraph<T>, key: string, prefix = ''): GraphNode {
  let node = graph.nodes.get(key);
  if (!node) {
    node = { key, prefix };
    graph.nodes.set(key, node);
  }
  return node;
}

/** Positions compare only within a file; across files the registration order is unknown, so it counts. */
function before(a: Place, b: Place): boolean {
  return a.file !== b.file || a.pos < b.pos;
}

/** Every route under every root, once per way it is mounted. */
export function resolveRoutes<T>(graph: RouteGraph<T>): ResolvedRoute<T>[] {
  const mountedChildren = new Set(graph.edges.map((e) => e.child));
  const roots = [...graph.nodes.values()].filter((n) => !mountedChildren.has(n.key));
  const out: ResolvedRoute<T>[] = [];
  interface Step {
    node: GraphNode;
    /** The edge the walk left this node by (undefined for the last). */
    edge?: GraphEdge;
  }
  const walk = (chain: Step[], seen: Set<string>): void => {
    const last = chain.at(-1)!.node;
    for (const route of graph.routes.filter((r) => r.owner === last.key)) out.push(resolveOne(graph, chain, route, chain[0]!.node.key));
    for (const edge of graph.edges.filter((e) => e.parent === last.key)) {
      const child = graph.nodes.get(edge.child);
      if (!child || seen.has(child.key)) continue;
      const prev = chain.slice(0, -1);
      walk([...prev, { node: last, edge }, { node: child }], new Set([...seen, child.key]));
    }
  };
  for (const root of roots) walk([{ node: root }], new Set([root.key]));
  return out;

  function resolveOne(g: RouteGraph<T>, chain: Step[], route: GraphRoute<T>, root: string): ResolvedRoute<T> {
    // parts[i] is what comes after node i's own prefix, down to the route's path.
    const tails: string[] = [];
    let tail = route.path;
    for (let i = chain.length - 1; i >= 0; i--) {
      tails[i] = tail;
      const step = chain[i]!;
      const above = i > 0 ? chain[i - 1]!.edge! : undefined;
      tail = joinPaths(above?.prefix ?? '', step.node.prefix, tail);
    }
    const middleware: string[] = [];
    const refs: GuardRef[] = [];
    chain.forEach((step, i) => {
      const limit = step.edge?.at ?? route.at;
      for (const use of g.uses) {
        if (use.owner !== step.node.key) continue;
        if (!use.everywhere && !before(use.at, limit)) continue;
        if (use.path !== undefined && !pathMatches(use.path, joinPaths(tails[i]!))) continue;
        middleware.push(...use.names);
        refs.push(...(use.refs ?? []));
      }
    });
    middleware.push(...route.names);
    refs.push(...(route.refs ?? []));
    const edges = chain.map((step) => step.edge).filter((e): e is GraphEdge => e !== undefined);
    return { route, path: joinPaths(tail), middleware, refs, root, edges };
  }
}

/** Express/Hono/Koa-style patterns: `*` for anything, `:name` for one segment; `/x/*` also matches `/x`. */
export function pathMatches(pattern: string, path: string): boolean {
  const p = pattern.trim();
  if (p === '*' || p === '/*' || p === '' || p === '/') return true;
  const open = p.endsWith('/*');
  const body = joinPaths(open ? p.slice(0, -2) : p);
  const source = body
    .split('/')
    .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')))
    .join('/');
  return new RegExp(`^${source}${open ? '(?:/.*)?' : ''}/?$`).test(path);
}
