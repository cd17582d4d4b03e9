import type * as TS from 'typescript';
import type { Detector, DraftPoint } from '../../detector.js';
import type { Instance } from '../track/instances.js';
import { eachCall, eachNew } from '../track/points.js';
import { ExternalScan, type Endpoint } from './external-common.js';

interface Sdk {
  pkg: string;
  /** Exports that construct or return a client (`new Stripe(key)`, `twilio(sid, token)`). */
  factories: readonly string[];
  /** The module's default export is itself the client (`sgMail.send(msg)`). */
  bare?: boolean;
  origin: string;
  /** Which constructor argument holds the options, and the option names for base URL, timeout and retries. */
  optionsArg: number;
  baseUrl?: string;
  timeout?: readonly string[];
  /** Milliseconds per unit of the timeout option (postmark's is in seconds). */
  timeoutScale?: number;
  retries?: readonly string[];
  /** Client methods that configure rather than call the API. */
  local?: readonly string[];
}

/** Well-known API clients and the origin each talks to. */
export const SDKS: readonly Sdk[] = [
  {
    pkg: 'stripe',
    factories: ['default', 'Stripe'],
    origin: 'https://api.stripe.com',
    optionsArg: 1,
    timeout: ['timeout'],
    retries: ['maxNetworkRetries'],
    local: ['webhooks'],
  },
  {
    pkg: '@sendgrid/mail',
    factories: ['default'],
    bare: true,
    origin: 'https://api.sendgrid.com',
    optionsArg: -1,
    local: ['setApiKey', 'setTimeout', 'setClient', 'setDefaultRequest', 'setSubstitutionWrappers', 'setTwilioEmailAuth'],
  },
  { pkg: 'twilio', factories: ['default', 'Twilio'], origin: 'https://api.twilio.com', optionsArg: 2, timeout: ['timeout'] },
  {
    pkg: '@slack/web-api',
    factories: ['WebClient'],
    origin: 'https://slack.com',
    optionsArg: 1,
    timeout: ['timeout'],
    retries: ['retryConfig', 'retries'],
  },
  {
    pkg: 'postmark',
    factories: ['Client', 'ServerClient', 'AccountClient'],
    origin: 'https://api.postmarkapp.com',
    optionsArg: 1,
    timeout: ['timeout'],
    timeoutScale: 1000,
  },
  {
    pkg: 'openai',
    factories: ['default', 'OpenAI'],
    origin: 'https://api.openai.com',
    optionsArg: 0,
    baseUrl: 'baseURL',
    timeout: ['timeout'],
    retries: ['maxRetries'],
  },
  {
    pkg: '@anthropic-ai/sdk',
    factories: ['default', 'Anthropic'],
    origin: 'https://api.anthropic.com',
    optionsArg: 0,
    baseUrl: 'baseURL',
    timeout: ['timeout'],
    retries: ['maxRetries'],
  },
];

const NOT_OPERATIONS = new Set(['on', 'once', 'off', 'then', 'catch', 'withOptions']);

/**
 * SDK clients of well-known APIs (Stripe, SendGrid, Twilio, Slack, Postmark, OpenAI, Anthropic): key `<package>:<origin>` (or the
 * `baseURL` option's origin / `env:NAME`), the API operations called (`paymentIntents.create`), timeout and retries.
 */
export const sdkClients: Detector = {
  name: 'sdk-clients',
  kind: 'external-http',
  packages: SDKS.map((s) => s.pkg),
  hints: /\.create\(|\.send\w*\(|\.postMessage\(/,
  detect(ctx) {
    const { ts } = ctx;
    const out: DraftPoint[] = [];
    for (const sdk of SDKS) {
      const scan = new ExternalScan(ctx, sdk.pkg, {
        packages: [sdk.pkg],
        producers: sdk.factories.map((f) => ({ kind: 'client', factory: f, bare: sdk.bare })),
        types: Object.fromEntries(sdk.factories.filter((f) => f !== 'default').map((f) => [f, 'client'])),
      });
      const endpointOf = (inst: Instance): Endpoint => {
        const options = inst.origin?.arguments?.[sdk.optionsArg];
        const base = sdk.baseUrl ? scan.r.option(inst.file, options, sdk.baseUrl) : undefined;
        return (base && scan.base(base.file, base.expr)) ?? { target: sdk.origin, path: '/' };
      };
      const options = (inst: Instance): { timeoutMs?: number; retries?: number } => {
        const arg = inst.origin?.arguments?.[sdk.optionsArg];
        const timeout = sdk.timeout && scan.numberOption(inst.file, arg, sdk.timeout);
        return {
          timeoutMs: timeout === undefined ? undefined : timeout * (sdk.timeoutScale ?? 1),
          retries: sdk.retries && scan.numberOption(inst.file, arg, sdk.retries),
        };
      };
      const add = (file: Parameters<ExternalScan['add']>[0], line: number, inst: Instance, operation?: string): void => {
        const endpoint = endpointOf(inst);
        scan.addTarget(file, line, endpoint.target, { operations: operation ? [operation] : [] }, options(inst));
      };
      eachCall(ctx, ({ file, call, line }) => {
        // client.paymentIntents.create(…): the chain of names after the client is the operation.
        const names: string[] = [];
        let e: TS.Expression = call.expression;
        while (ts.isPropertyAccessExpression(e)) {
          names.unshift(e.name.text);
          e = e.expression;
        }
        if (names.length === 0 || NOT_OPERATIONS.has(names[0]!) || sdk.local?.includes(names[0]!)) return;
        const inst = scan.instances.of(file, e);
        if (inst?.kind === 'client') add(file, line, inst, names.join('.'));
      });
      // A client that is built but whose calls were not followed still names the API the service depends on.
      const created = (file: Parameters<ExternalScan['add']>[0], node: TS.CallExpression | TS.NewExpression, line: number): void => {
        const inst = scan.instances.of(file, node);
        if (inst?.kind === 'client' && inst.origin === node) add(file, line, inst);
      };
      eachNew(ctx, ({ file, node, line }) => created(file, node, line));
      eachCall(ctx, ({ file, call, line }) => created(file, call, line));
      out.push(...scan.list());
    }
    return out;
  },
};
