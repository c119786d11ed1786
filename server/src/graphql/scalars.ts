import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function toDate(value: unknown): Date {
  const d =
    value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
  if (!d || Number.isNaN(d.getTime())) {
    throw new GraphQLError('DateTime must be an ISO 8601 date/time', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return d;
}

// An input date reaches the resolver as the text that was sent: the field's input rule
// (instant() in shared/validation.ts) refuses a day that does not exist, with the field's name
// in both languages, where `new Date` here would quietly turn 30 February into 2 March.
function inputText(value: unknown): string {
  if (typeof value !== 'string')
    throw new GraphQLError('DateTime must be an ISO 8601 string', { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
}

/** ISO 8601 instants on the wire, Date objects inside. */
export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => toDate(v).toISOString(),
  parseValue: inputText,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return inputText(ast.value);
  },
});
