import type { Check } from '../../types.js';

/** A check in chai's `expect(…).to…` style. */
export function chaiCheck(check: Check, typescript: boolean): string {
  if ('is' in check) return `expect(${check.is[0]}).to.equal(${check.is[1]});`;
  if ('equals' in check) return `expect(${check.equals[0]}).to.deep.equal(${check.equals[1]});`;
  if ('matches' in check) return `expect(${check.matches[0]}).to.match(${check.matches[1]});`;
  if ('hasFields' in check) return `expect(${check.hasFields[0]}).to.deep.include(${check.hasFields[1]});`;
  if ('oneOf' in check) return `expect(${check.oneOf[0]}).to.be.oneOf(${check.oneOf[1]});`;
  if ('listHasId' in check) {
    const [list, id] = check.listHasId;
    return `expect((${list}${typescript ? ' as Row[]' : ''}).map((row) => row.id)).to.include(${id});`;
  }
  if ('isList' in check) return `expect(${check.isList}).to.be.an('array');`;
  return `expect(${check.defined}).to.not.equal(undefined);`;
}
