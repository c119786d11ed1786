/** Aggregation expressions evaluated by mingo on promoted values, with user JavaScript refused. */
import { Aggregator } from 'mingo/aggregator';
import { Context, evalExpr } from 'mingo/core';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import type { Options } from 'mingo/types';
import { fail, MongoServerError } from '../errors.js';
import { promote } from '../bson/values.js';

type Accumulator = (collection: unknown[], expr: Record<string, unknown>, options: unknown) => unknown;

/** $top/$bottom as MongoDB defines them: the single output (mingo's return a one-element list). */
function single(op: '$top' | '$bottom', many: unknown): Accumulator {
  return (collection, expr, options) => {
    if ('n' in expr) fail(5787902, `'n' is not allowed in ${op}`);
    const list = (many as Accumulator)(collection, { ...expr, n: 1 }, options);
    return Array.isArray(list) ? (list[0] ?? null) : null;
  };
}

const CONTEXT = Context.init({
  accumulator: {
    ...accumulatorOperators,
    $top: single('$top', accumulatorOperators.$topN),
    $bottom: single('$bottom', accumulatorOperators.$bottomN),
  },
  expression: expressionOperators,
  pipeline: pipelineOperators,
  projection: projectionOperators,
  query: queryOperators,
  window: windowOperators,
} as Parameters<typeof Context.init>[0]);

/** mingo options: MongoDB strictness, no user scripts. */
export function mingoOptions(variables?: Record<string, unknown>): Options {
  return {
    idKey: '_id',
    processingMode: 0,
    useStrictMode: true,
    scriptEnabled: false,
    failOnError: true,
    context: CONTEXT,
    ...(variables ? { variables } : {}),
  } as Options;
}

const REFUSED = ['$function', '$accumulator', '$where'];

/** Rejects user JavaScript anywhere in an expression tree. */
export function refuseScripts(v: unknown): void {
  if (v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    v.forEach(refuseScripts);
    return;
  }
  for (const [k, x] of Object.entries(v)) {
    if (REFUSED.includes(k)) fail(31264, `${k} is not allowed: this server does not run JavaScript`);
    refuseScripts(x);
  }
}

/** Translates mingo's thrown errors into MongoDB errors naming the operator. */
export function translateMingoError(err: unknown): never {
  if (err instanceof MongoServerError) throw err;
  const msg = err instanceof Error ? err.message : String(err);
  const undefinedVar = /Use of undefined variable: (\S+)/.exec(msg);
  if (undefinedVar) fail(17276, `Use of undefined variable: ${undefinedVar[1]}`);
  const op = /(\$[A-Za-z0-9]+)/.exec(msg)?.[1];
  if (/unknown|not found|invalid operator|unsupported|registered/i.test(msg) && op) {
    if (/pipeline/i.test(msg)) fail(40324, `Unrecognized pipeline stage name: '${op}'`);
    fail(168, `Unrecognized expression '${op}'`);
  }
  fail(2, msg);
}

/** Evaluates an aggregation expression against a (promoted) document. */
export function evalExpression(doc: unknown, expr: unknown, variables?: Record<string, unknown>): unknown {
  refuseScripts(expr);
  try {
    return evalExpr(doc, promote(expr), mingoOptions(variables));
  } catch (err) {
    return translateMingoError(err);
  }
}

/** Runs one pipeline stage in mingo over promoted documents. */
export function runMingoStage(
  docs: unknown[],
  stage: Record<string, unknown>,
  variables?: Record<string, unknown>,
): unknown[] {
  refuseScripts(stage);
  try {
    return new Aggregator([promote(stage) as Record<string, unknown>], mingoOptions(variables)).run(
      docs as Record<string, unknown>[],
    );
  } catch (err) {
    return translateMingoError(err);
  }
}
