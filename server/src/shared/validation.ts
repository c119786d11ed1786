import { z } from 'zod';
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

/**
 * How long a text is, as every limit in Lyfta counts it: in Unicode code points, so an emoji or
 * "å" is one character (as a user counts, and as the client's counters count), never two UTF-16
 * units. Not grapheme clusters: their count changes with the Unicode version, and one cluster
 * can hold any number of combining marks, so it would bound nothing.
 */
export function textLength(s: string): number {
  if (!/[\uD800-\uDFFF]/.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}

// A surrogate that is not half of a pair: JSON can carry one, but UTF-8 (BSON) cannot, so the
// database would store U+FFFD in its place.
const loneSurrogate = /\p{Cs}/u;
// Control characters (C0, DEL, C1): a multi-line text may hold tabs and line breaks.
const controlInMultiLine = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const controlInSingleLine = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

/** Whether a text can be stored exactly as it is: no lone surrogate, which UTF-8 would turn into U+FFFD. */
export function isWellFormedText(s: string): boolean {
  return !loneSurrogate.test(s);
}

function hex(s: string): string {
  return `U+${s.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a text cannot be stored as it was sent (a lone surrogate, a control character), or null. */
export function textContentProblem(s: string, multiline: boolean): LocalizedText | null {
  if (!isWellFormedText(s))
    return {
      sv: 'innehåller ett trasigt tecken (ett ensamt UTF-16-surrogat)',
      en: 'contains a broken character (a lone UTF-16 surrogate)',
    };
  const control = (multiline ? controlInMultiLine : controlInSingleLine).exec(s);
  if (!control) return null;
  if (!multiline && /[\n\r\u2028\u2029]/.test(control[0]))
    return { sv: 'får inte innehålla radbrytningar', en: 'must not contain line breaks' };
  return {
    sv: `innehåller ett styrtecken (${hex(control[0])})`,
    en: `contains a control character (${hex(control[0])})`,
  };
}

/** What a text field accepts: at most `max` characters (see {@link textLength}), at least `min`, one line or several. */
export interface TextRule {
  max: number;
  min?: number;
  multiline?: boolean;
}

/**
 * The input rule for a text field: surrounding whitespace trimmed, then refused (never altered)
 * if it holds a lone surrogate or a control character, or is shorter or longer than allowed.
 */
export function text(rule: TextRule) {
  const { max, min = 0, multiline = false } = rule;
  return z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      const problem = textContentProblem(s, multiline);
      if (problem) {
        ctx.addIssue({ code: 'custom', input: s, ...bilingual(problem.sv, problem.en) });
        return;
      }
      const length = textLength(s);
      if (length < min) ctx.addIssue({ code: 'too_small', origin: 'string', minimum: min, inclusive: true, input: s });
      else if (length > max)
        ctx.addIssue({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: s });
    });
}

/**
 * The model's side of the same rule, for `validate:` on a String path: a stored text is well
 * formed and at most `max` characters counted as {@link textLength} counts, so the model can
 * never refuse what the input rule accepted.
 */
export function storedText(max: number) {
  return {
    validator: (v: unknown) =>
      v === null || v === undefined || (typeof v === 'string' && isWellFormedText(v) && textLength(v) <= max),
    message: `{PATH} is not well-formed text of at most ${max} characters`,
  };
}

/** A calendar day as YYYY-MM-DD that exists (no 30 February), kept as the string. */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a day');

/** The calendar years a plan, a deadline or a target can be about; anything outside is a typo. */
export const PLAN_YEARS = { first: 1990, last: 2100 } as const;

// A calendar date, or a date and time with its offset from UTC (RFC 3339): an instant, never a
// local time the server would have to guess the zone of.
const isoInstant =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:(Z)|([+-])(\d{2}):(\d{2})))?$/i;

/** An ISO 8601 date or instant as a Date, or null if it is malformed or names a day that does not exist. */
export function parseInstant(s: string): Date | null {
  const m = isoInstant.exec(s);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((p) => Number(p ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
  const [sign, offsetHours, offsetMins] = m.slice(9, 12);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  if (sign && (Number(offsetHours) > 14 || Number(offsetMins) > 59)) return null;
  const offsetMinutes = sign ? (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMins)) : 0;
  // Date.UTC rolls 30 February over into March: the day exists only if it comes back unchanged.
  const wallClock = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  if (wallClock.getUTCDate() !== day || wallClock.getUTCMonth() !== month - 1) return null;
  return new Date(wallClock.getTime() - offsetMinutes * 60_000);
}

/** The input rule for a date or instant field: a day that exists, in {@link PLAN_YEARS}, as a Date. */
export function instant(years: { first: number; last: number } = PLAN_YEARS) {
  return z.string().transform((s, ctx) => {
    const date = parseInstant(s.trim());
    if (!date) {
      ctx.addIssue({
        code: 'custom',
        input: s,
        ...bilingual(
          'är inget datum som finns (skriv t.ex. 2026-06-30 eller 2026-06-30T12:00:00Z)',
          'is not a date that exists (write e.g. 2026-06-30 or 2026-06-30T12:00:00Z)',
        ),
      });
      return z.NEVER;
    }
    const year = Number(s.trim().slice(0, 4));
    if (year < years.first || year > years.last) {
      ctx.addIssue({
        code: 'custom',
        input: s,
        ...bilingual(
          `måste ligga mellan åren ${years.first} och ${years.last}`,
          `must lie between the years ${years.first} and ${years.last}`,
        ),
      });
      return z.NEVER;
    }
    return date;
  });
}
