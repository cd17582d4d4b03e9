import type * as TS from 'typescript';
import { exportedLocal, forEachDeep } from '../ast.js';
import type { Detector, ParsedFile } from '../detector.js';
import { Instances } from './track/instances.js';
import { eachCall, PointSet } from './track/points.js';
import { Resolver, type Part } from './track/values.js';

const READS = new Set(['readFile', 'readFileSync', 'createReadStream', 'readdir', 'readdirSync', 'readJson', 'readJsonSync', 'readJSON']);
const WRITES = new Set([
  'writeFile',
  'writeFileSync',
  'appendFile',
  'appendFileSync',
  'createWriteStream',
  'rename',
  'renameSync',
  'unlink',
  'unlinkSync',
  'rm',
  'rmSync',
  'copyFile',
  'copyFileSync',
  'cp',
  'cpSync',
  'truncate',
  'outputFile',
  'outputFileSync',
  'outputJson',
  'outputJSON',
  'writeJson',
  'writeJSON',
  'writeJsonSync',
  'move',
  'moveSync',
  'copy',
  'copySync',
  'remove',
  'removeSync',
  'emptyDir',
]);
/** Calls whose callbacks run where the call runs (at module load when the call is there). */
const INLINE_CALLBACKS = new Set([
  'forEach',
  'map',
  'filter',
  'reduce',
  'some',
  'every',
  'find',
  'flatMap',
  'then',
  'catch',
  'finally',
  'sort',
]);

interface FsCall {
  fn: string;
  file: string;
  line: number;
  path: string;
}

/**
 * File-system reads and writes that are service behaviour: `fs` / `fs/promises` / `fs-extra` calls with a path that is
 * not a literal (an upload, an export, a per-user file), made in a request handler, a callback, an exported function or
 * a function those call; and multer's upload folders (`dest`, `diskStorage`). Start-up reads are left out: module-level
 * code, and literal or `__dirname`-relative paths.
 */
export const fsDetector: Detector = {
  name: 'fs',
  kind: 'fs',
  packages: ['fs', 'fs-extra', 'multer'],
  hints: /['"`]node:fs|\bmulter\b/,
  detect(ctx) {
    const r = Resolver.of(ctx);
    const fsModule = new Instances(r, { packages: ['fs', 'fs-extra'], producers: [] });
    const multer = new Instances(r, { packages: ['multer'], producers: [] });
    const points = new PointSet();
    const record = (direction: 'read' | 'write', call: FsCall): void => {
      points.add({
        kind: 'fs',
        library: 'fs',
        key: `fs:${direction}`,
        location: { file: call.file, line: call.line },
        details: { operations: [call.fn], paths: [call.path], calls: [call] },
        service: 'none',
      });
    };
    const context = new ServiceContext(r);

    eachCall(ctx, ({ file, call, line }) => {
      const fsPath = fsModule.libraryPath(file, call.expression);
      if (fsPath !== undefined) {
        const fn = fsPath.replace(/^(?:promises|default)\./, '');
        const direction = READS.has(fn) ? 'read' : WRITES.has(fn) ? 'write' : undefined;
        if (!direction) return;
        const twoPaths = /^(?:rename|copyFile|cp|move|copy)(?:Sync)?$/.test(fn);
        const args = call.arguments.slice(0, twoPaths ? 2 : 1);
        const parts = args.map((a) => r.parts(file, a));
        if (parts.length === 0 || parts.every(isStatic) || !context.isService(file, call)) return;
        if (direction === 'read' && parts.every(isConfigFile)) return;
        record(direction, { fn, file: file.path, line, path: parts.map(renderPath).join(' → ') });
        return;
      }
      const multerPath = multer.libraryPath(file, call.expression);
      if (multerPath === 'default') {
        const dest = r.option(file, call.arguments[0], 'dest');
        if (dest) record('write', { fn: 'multer', file: file.path, line, path: renderPath(r.parts(dest.file, dest.expr)) });
      } else if (multerPath === 'diskStorage') {
        const destination = r.option(file, call.arguments[0], 'destination');
        record('write', {
          fn: 'multer.diskStorage',
          file: file.path,
          line,
          path: destination ? renderPath(destinationParts(r, destination.file, destination.expr)) : '*',
        });
      }
    });
    return points.list();
  },
};

/** A configuration file by its literal name: `.env`, `.env.local`, `*.json`, `*.yaml`, `*.pem`. */
const CONFIG_FILE = /^(?:\.env(?:\..+)?|.+\.(?:json|ya?ml|pem))$/;

/** A path whose last segment is a literal configuration file name (`join(dir, '.env')`): start-up configuration. */
function isConfigFile(parts: readonly Part[]): boolean {
  const last = parts.at(-1);
  if (last?.kind !== 'text') return false;
  const slash = last.text.lastIndexOf('/');
  // The file name must be wholly literal: after a `/` in the same text, or after a part ending in one.
  const before = parts.at(-2);
  const whole = slash >= 0 || (before?.kind === 'text' && before.text.endsWith('/'));
  return whole && CONFIG_FILE.test(last.text.slice(slash + 1));
}

function isStatic(parts: readonly Part[]): boolean {
  return parts.every((p) => p.kind === 'text' || p.kind === 'dir');
}

/** `$UPLOAD_DIR/avatars/*.png`: environment variables as `$NAME`, the module's folder as `<dir>`, unknown parts as `*`. */
function renderPath(parts: readonly Part[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'env' ? `$${p.name}` : p.kind === 'dir' ? '<dir>' : '*')).join('');
}

/** multer's `destination`: a path, or a function that answers `cb(null, dir)`. */
function destinationParts(r: Resolver, file: ParsedFile, expr: TS.Expression): Part[] {
  const { ts } = r;
  const e = r.unwrap(expr);
  if (!ts.isArrowFunction(e) && !ts.isFunctionExpression(e)) return r.parts(file, expr);
  const cb = e.parameters[2]?.name;
  let found: Part[] | undefined;
  const visit = (n: TS.Node): 'stop' | undefined => {
    if (
      ts.isCallExpression(n) &&
      cb &&
      ts.isIdentifier(cb) &&
      ts.isIdentifier(n.expression) &&
      n.expression.text === cb.text &&
      n.arguments[1]
    ) {
      found = r.parts(file, n.arguments[1]);
    }
    return found ? 'stop' : undefined;
  };
  if (!visit(e.body)) forEachDeep(ts, e.body, visit);
  return found ?? [{ kind: 'unknown' }];
}

/**
 * Whether code runs as part of serving (a handler, a callback, an exported function or method, or a function one of
 * those calls) rather than once at module load.
 */
class ServiceContext {
  private readonly memo = new Map<TS.Node, boolean>();

  constructor(private readonly r: Resolver) {}

  isService(file: ParsedFile, node: TS.Node, depth = 0): boolean {
    const fn = enclosingFunction(this.r.ts, node);
    if (!fn || depth > 8) return false;
    if (!this.memo.has(fn)) {
      this.memo.set(fn, false);
      this.memo.set(fn, this.functionServes(file, fn, depth));
    }
    return this.memo.get(fn)!;
  }

  private functionServes(file: ParsedFile, fn: TS.SignatureDeclaration, depth: number): boolean {
    const { ts } = this.r;
    const parent = fn.parent;
    // A callback: handed to a framework or emitter it runs per request/message; inline callbacks run where they are.
    if (ts.isCallExpression(parent) && parent.arguments.includes(fn as unknown as TS.Expression)) {
      const method = ts.isPropertyAccessExpression(parent.expression) ? parent.expression.name.text : undefined;
      return method !== undefined && INLINE_CALLBACKS.has(method) ? this.isService(file, parent, depth + 1) : true;
    }
    if (ts.isNewExpression(parent) && parent.arguments?.includes(fn as unknown as TS.Expression)) {
      // A Promise executor runs on the spot; a callback given to any other constructor (a Worker) is a handler.
      return ts.isIdentifier(parent.expression) && parent.expression.text === 'Promise' ? this.isService(file, parent, depth + 1) : true;
    }
    const callee = ts.isParenthesizedExpression(parent) ? parent.parent : parent;
    if (callee && ts.isCallExpression(callee) && (callee.expression === fn || callee.expression === parent))
      return this.isService(file, callee, depth + 1);
    if (ts.isMethodDeclaration(fn) || ts.isConstructorDeclaration(fn) || ts.isGetAccessor(fn) || ts.isSetAccessor(fn)) {
      if (ts.isClassLike(parent)) return this.classServes(file, parent, depth);
      if (ts.isObjectLiteralExpression(parent)) return this.objectServes(file, parent, depth);
    }
    if (ts.isPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent))
      return this.objectServes(file, parent.parent, depth);
    if (ts.isPropertyDeclaration(parent) && ts.isClassLike(parent.parent)) return this.classServes(file, parent.parent, depth);
    const name = ts.isFunctionDeclaration(fn)
      ? fn.name
      : ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)
        ? parent.name
        : undefined;
    if (!name) return false;
    if (isExported(ts, file, fn, name.text)) return true;
    return this.referencedFromService(file, name, depth);
  }

  private classServes(file: ParsedFile, cls: TS.ClassLikeDeclaration, depth: number): boolean {
    const { ts } = this.r;
    if (!cls.name) return ts.isClassExpression(cls) ? this.isService(file, cls, depth + 1) : true;
    return isExported(ts, file, cls, cls.name.text) || this.referencedFromService(file, cls.name, depth);
  }

  /** An object of functions: passed to a call (options with callbacks) or exported, it serves. */
  private objectServes(file: ParsedFile, obj: TS.ObjectLiteralExpression, depth: number): boolean {
    const { ts } = this.r;
    const parent = obj.parent;
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return true;
    if (ts.isExportAssignment(parent)) return true;
    if (ts.isBinaryExpression(parent) && /^(?:module\.)?exports\b/.test(parent.left.getText(file.sf))) return true;
    if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name))
      return isExported(ts, file, parent, parent.name.text) || this.referencedFromService(file, parent.name, depth);
    return false;
  }

  /** A local function or class used from code that serves: called there, or handed to a call as a handler. */
  private referencedFromService(file: ParsedFile, name: TS.Identifier, depth: number): boolean {
    const { ts } = this.r;
    let serves = false;
    forEachDeep(ts, file.sf, (n) => {
      if (ts.isIdentifier(n) && n !== name && n.text === name.text && !isDeclarationName(ts, n)) {
        const parent = n.parent;
        const passed = (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(n);
        const called = (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === n;
        if (passed) {
          const inline =
            ts.isCallExpression(parent) &&
            ts.isPropertyAccessExpression(parent.expression) &&
            INLINE_CALLBACKS.has(parent.expression.name.text);
          if (!inline || this.isService(file, parent, depth + 1)) serves = true;
        } else if ((called || ts.isPropertyAccessExpression(parent)) && this.isService(file, n, depth + 1)) serves = true;
      }
      return serves ? 'stop' : undefined;
    });
    return serves;
  }
}

function enclosingFunction(ts: Resolver['ts'], node: TS.Node): TS.SignatureDeclaration | undefined {
  for (let n: TS.Node | undefined = node.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return n;
  return undefined;
}

function isDeclarationName(ts: Resolver['ts'], n: TS.Identifier): boolean {
  const p = n.parent;
  return (ts.isFunctionDeclaration(p) || ts.isVariableDeclaration(p) || ts.isClassDeclaration(p) || ts.isParameter(p)) && p.name === n;
}

function isExported(ts: Resolver['ts'], file: ParsedFile, node: TS.Node, name: string): boolean {
  for (let n: TS.Node | undefined = node; n && !ts.isSourceFile(n); n = n.parent) {
    const mods = ts.canHaveModifiers(n) ? ts.getModifiers(n) : undefined;
    if (mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return true;
  }
  return exportedLocal(ts, file.sf, name) === name || exportedLocal(ts, file.sf, 'default') === name;
}
