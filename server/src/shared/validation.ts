import type { z } from 'zod';
import { BadInputError, type FieldProblem, type LocalizedText } from './errors.js';

type Issue = z.core.$ZodIssue;

/** A schema may attach a message in both languages: `.refine(fn, bilingual('…', '…'))`. */
export function bilingual(sv: string, en: string): { message: string } {
  return { message: JSON.stringify({ sv, en }) };
}

function sizeWord(origin: string | undefined, n: number | bigint): LocalizedText {
  if (origin === 'string') return { sv: `${n} tecken`, en: `${n} characters` };
  if (origin === 'array' || origin === 'set') return { sv: `${n} poster`, en: `${n} items` };
  return { sv: String(n), en: String(n) };
}

/** Turns one validation issue into a message a user can act on, in Swedish and English. */
export function describeIssue(issue: Issue): LocalizedText {
  if (issue.message.startsWith('{"sv"')) {
    try {
      return JSON.parse(issue.message) as LocalizedText;
    } catch {
      /* fall through to the generic text */
    }
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { sv: 'måste anges', en: 'is required' }
        : { sv: `har fel typ (ska vara ${issue.expected})`, en: `has the wrong type (expected ${issue.expected})` };
    case 'too_small': {
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return { sv: 'får inte vara tom', en: 'must not be empty' };
      const w = sizeWord(issue.origin, issue.minimum);
      return { sv: `måste vara minst ${w.sv}`, en: `must be at least ${w.en}` };
    }
    case 'too_big': {
      const w = sizeWord(issue.origin, issue.maximum);
      return { sv: `får vara högst ${w.sv}`, en: `must be at most ${w.en}` };
    }
    case 'invalid_format':
      return issue.format === 'email'
        ? { sv: 'är inte en giltig e-postadress', en: 'is not a valid email address' }
        : issue.format === 'url'
          ? { sv: 'är inte en giltig webbadress', en: 'is not a valid web address' }
          : { sv: `har fel format (${issue.format})`, en: `has the wrong format (${issue.format})` };
    case 'invalid_value':
      return {
        sv: `måste vara ett av: ${issue.values.map(String).join(', ')}`,
        en: `must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'not_multiple_of':
      return { sv: `måste vara en multipel av ${issue.divisor}`, en: `must be a multiple of ${issue.divisor}` };
    case 'unrecognized_keys':
      return { sv: `okända fält: ${issue.keys.join(', ')}`, en: `unknown fields: ${issue.keys.join(', ')}` };
    default:
      return { sv: 'är ogiltigt', en: 'is invalid' };
  }
}

/** Validates input at the edge; returns the parsed value or throws BadInputError with one problem per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const fields: FieldProblem[] = result.error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'input',
    message: describeIssue(issue),
  }));
  throw new BadInputError(fields);
}
