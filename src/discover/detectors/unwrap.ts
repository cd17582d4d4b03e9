import type * as TS from 'typescript';
import type { TypeScriptApi } from '../parser.js';

type Wrapper =
  TS.ParenthesizedExpression | TS.AsExpression | TS.SatisfiesExpression | TS.NonNullExpression | TS.AwaitExpression | TS.TypeAssertion;

/** Whether an expression only wraps a value without changing it: parentheses, `as`, `satisfies`, `!`, `await`, `<T>x`. */
export function isValueWrapper(ts: TypeScriptApi, expr: TS.Expression): expr is Wrapper {
  return (
    ts.isParenthesizedExpression(expr) ||
    ts.isAsExpression(expr) ||
    ts.isSatisfiesExpression(expr) ||
    ts.isNonNullExpression(expr) ||
    ts.isAwaitExpression(expr) ||
    ts.isTypeAssertionExpression(expr)
  );
}

/** The value under every wrapper that leaves it unchanged. */
export function unwrapValue(ts: TypeScriptApi, expr: TS.Expression): TS.Expression {
  let e = expr;
  while (isValueWrapper(ts, e)) e = e.expression;
  return e;
}
