import type { Detector } from '../detector.js';
import { express } from './express.js';
import { pg } from './pg.js';

/** Every detector. Adding a library is adding its module here, with a fixture and a test. */
export const DETECTORS: readonly Detector[] = [express, pg];
