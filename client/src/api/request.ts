import type { Client, TypedDocumentNode } from '@urql/core';
import { graphqlClient } from './client.js';
import { toAppError, type AppError } from './errors.js';

/** Tells an AppError (thrown by the helpers below) from anything else. */
export function isAppError(value: unknown): value is AppError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && 'fields' in value;
}

/**
 * Runs a query outside a component and returns its data or throws an AppError; the answer still
 * lands in the normalised cache. Views use useQuery instead (see page-data.ts).
 */
export async function runQuery<D, V extends Record<string, unknown>>(
  doc: TypedDocumentNode<D, V>,
  vars: V,
  requestPolicy: 'network-only' | 'cache-first' = 'network-only',
  client: Client = graphqlClient,
): Promise<D> {
  const result = await client.query(doc, vars, { requestPolicy }).toPromise();
  if (result.error) throw toAppError(result.error);
  if (!result.data) throw toAppError(new Error('no data'));
  return result.data;
}

/** Runs a mutation and returns its data or throws an AppError. */
export async function runMutation<D, V extends Record<string, unknown>>(
  doc: TypedDocumentNode<D, V>,
  vars: V,
): Promise<D> {
  const result = await graphqlClient.mutation(doc, vars).toPromise();
  if (result.error) throw toAppError(result.error);
  if (!result.data) throw toAppError(new Error('no data'));
  return result.data;
}

/** Whatever was thrown, as an AppError. */
export function asAppError(error: unknown): AppError {
  return isAppError(error) ? error : toAppError(error);
}
