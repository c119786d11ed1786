import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function toDate(value: unknown): Date {
  const d =
    value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
  if (!d || Number.isNaN(d.getTime())) {
    throw new GraphQLError('DateTime must be an ISO 8601 date/time', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return d;
}

/** ISO 8601 instants on the wire, Date objects inside. */
export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => toDate(v).toISOString(),
  parseValue: (v) => toDate(v).toISOString(),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return toDate(ast.value).toISOString();
  },
});
