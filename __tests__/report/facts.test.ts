import { describe, expect, it } from 'vitest';
import { errorText, errorType, flakeBound, flakeBoundPercent, percent, underDuration, uncoveredPoints } from '../../src/report/facts.js';
import { P, ordersReport } from './factory.js';

describe('flake bound', () => {
  it('is 1 − 0.05^(1/N), shown rounded up so it never claims more than the runs prove', () => {
    expect(flakeBound(10)).toBeCloseTo(0.2589, 4);
    expect([1, 3, 5, 10, 20, 100, 1000].map(flakeBoundPercent)).toEqual(['95%', '64%', '46%', '26%', '14%', '3%', '0.3%']);
  });
});

describe('underDuration', () => {
  it('names the smallest whole unit count strictly above the duration', () => {
    expect([0, 400, 12_300, 59_999, 60_000, 239_000, 240_000, 3_599_999, 3_600_000].map(underDuration)).toEqual([
      'under 1 second',
      'under 1 second',
      'under 13 seconds',
      'under 1 minute',
      'under 2 minutes',
      'under 4 minutes',
      'under 5 minutes',
      'under 1 hour',
      'under 2 hours',
    ]);
  });
});

describe('report facts', () => {
  it('formats shares with at most one decimal', () => {
    expect([89, 88.5, 62.5, 0, 100, 33.333].map(percent)).toEqual(['89%', '88.5%', '62.5%', '0%', '100%', '33.3%']);
  });

  it('counts a point as uncovered when no existing test and no kept generated test covers it', () => {
    // DELETE was generated but rolled back; pg:customers has a coverage entry with no tests.
    expect(uncoveredPoints(ordersReport()).map((p) => p.id)).toEqual([P.published.id, P.customers.id, P.deleteOrder.id]);
  });

  it("reads the error class from the stack's or the message's first line", () => {
    expect(errorType({ message: 'expected 1 to be 2', stack: 'AssertionError: expected 1 to be 2\n at x' })).toBe('AssertionError');
    expect(errorType({ message: 'TypeError: x is not a function' })).toBe('TypeError');
    expect(errorType({ message: '\u001b[31mpg.DatabaseError: relation "orders" does not exist' })).toBe('pg.DatabaseError');
    expect(errorType({ message: 'expected 404 to be 204' })).toBe('Error');
  });

  it('shows a message the stack does not repeat above the stack, and strips terminal colours', () => {
    expect(errorText({ message: 'boom', stack: 'Error: boom\n    at a.ts:1:1' })).toBe('Error: boom\n    at a.ts:1:1');
    expect(errorText({ message: '\u001b[31m- Expected\n+ Received\u001b[39m', stack: 'AssertionError: expected\n at b.ts:2:2' })).toBe(
      '- Expected\n+ Received\nAssertionError: expected\n at b.ts:2:2',
    );
    expect(errorText({ message: 'only a message\n' })).toBe('only a message');
  });
});
