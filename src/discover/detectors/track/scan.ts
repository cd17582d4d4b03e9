import type { DetectContext } from '../../detector.js';
import { CallSites } from './call-sites.js';
import { Instances, type LibrarySpec } from './instances.js';
import { PointSet } from './points.js';
import { Resolver } from './values.js';

/** The shared state of one detector run over a library: value resolution, instance tracking, wrapper call sites and the points found. */
export class LibraryScan {
  readonly r: Resolver;
  readonly instances: Instances;
  readonly sites: CallSites;
  readonly points = new PointSet();

  constructor(
    readonly ctx: DetectContext,
    readonly library: string,
    spec: LibrarySpec,
  ) {
    this.r = Resolver.of(ctx);
    this.instances = new Instances(this.r, spec);
    this.sites = new CallSites(this.r);
  }
}
