import type { Check } from '../../types.js';

/** A check in the `expect(…).toBe(…)` style that Vitest and Jest share. */
export function expectCheck(check: Check): string {
  if ('is' in check) return `expect(${check.is[0]}).toBe(${check.is[1]});`;
  if ('equals' in check) return `expect(${check.equals[0]}).toEqual(${check.equals[1]});`;
  if ('matches' in check) return `expect(${check.matches[0]}).toMatch(${check.matches[1]});`;
  if ('hasFields' in check) return `expect(${check.hasFields[0]}).toMatchObject(${check.hasFields[1]});`;
  if ('oneOf' in check) return `expect(${check.oneOf[1]}).toContain(${check.oneOf[0]});`;
  if ('listHasId' in check)
    return `expect(${check.listHasId[0]}).toEqual(expect.arrayContaining([expect.objectContaining({ id: ${check.listHasId[1]} })]));`;
  if ('isList' in check) return `expect(Array.isArray(${check.isList})).toBe(true);`;
  return `expect(${check.defined}).toBeDefined();`;
}
