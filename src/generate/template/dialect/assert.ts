import type { Check } from '../../types.js';

/** A check with Node's own `node:assert/strict`, for runners that bring no assertions (node:test, Mocha without chai). */
export function assertCheck(check: Check, typescript: boolean): string {
  if ('is' in check) return `assert.equal(${check.is[0]}, ${check.is[1]});`;
  if ('equals' in check) return `assert.deepEqual(${check.equals[0]}, ${check.equals[1]});`;
  if ('matches' in check) return `assert.match(${check.matches[0]} ?? '', ${check.matches[1]});`;
  if ('hasFields' in check) return `assert.deepEqual(fieldsOf(${check.hasFields[0]}, ${check.hasFields[1]}), ${check.hasFields[1]});`;
  if ('oneOf' in check) return `assert.ok(${check.oneOf[1]}.includes(${check.oneOf[0]}));`;
  if ('listHasId' in check) {
    const [list, id] = check.listHasId;
    return `assert.ok((${list}${typescript ? ' as Row[]' : ''}).some((row) => row.id === ${id}));`;
  }
  if ('isList' in check) return `assert.ok(Array.isArray(${check.isList}));`;
  return `assert.notEqual(${check.defined}, undefined);`;
}

export const ASSERT_IMPORT = "import assert from 'node:assert/strict';";
