import type { Detector } from '../detector.js';
import { express } from './express.js';
import { pg } from './pg.js';
import { mysql2 } from './mysql2.js';
import { betterSqlite3 } from './better-sqlite3.js';

/** Every detector. Adding a library is adding its module here, with a fixture and a test. */
export const DETECTORS: readonly Detector[] = [express, pg, mysql2, betterSqlite3];
