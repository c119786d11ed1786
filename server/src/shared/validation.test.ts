import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BadInputError } from './errors.js';
import {
  bilingual,
  instant,
  isWellFormedText,
  parseInput,
  parseInstant,
  PLAN_YEARS,
  storedText,
  text,
  textLength,
} from './validation.js';

describe('parseInput', () => {
  const schema = z.object({
    title: z.string().trim().min(1).max(10),
    progress: z.number().int().min(0).max(100),
    email: z.email(),
    due: z.string().refine((s) => !Number.isNaN(Date.parse(s)), bilingual('är inget datum', 'is not a date')),
  });

  it('returns the parsed value when the input is valid', () => {
    expect(parseInput(schema, { title: ' Mål ', progress: 40, email: 'a@b.se', due: '2026-01-01' }).title).toBe('Mål');
  });

  it('reports every bad field with a Swedish and an English reason', () => {
    try {
      parseInput(schema, { title: '', progress: 140, email: 'nope', due: 'x' }, 'input');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BadInputError);
      const fields = (e as BadInputError).fields;
      expect(fields.map((f) => f.field)).toEqual(['input.title', 'input.progress', 'input.email', 'input.due']);
      expect(fields[0]?.message).toEqual({ sv: 'får inte vara tom', en: 'must not be empty' });
      expect(fields[1]?.message).toEqual({ sv: 'får vara högst 100', en: 'must be at most 100' });
      expect(fields[2]?.message.sv).toBe('är inte en giltig e-postadress');
      expect(fields[3]?.message).toEqual({ sv: 'är inget datum', en: 'is not a date' });
    }
  });

  it('says a missing field is required', () => {
    expect(() => parseInput(schema, { progress: 1, email: 'a@b.se', due: '2026-01-01' })).toThrow(
      /Invalid title: is required/,
    );
  });
});

const problems = (schema: z.ZodType, value: unknown) => {
  try {
    parseInput(schema, { value }, 'input');
    return [];
  } catch (e) {
    return (e as BadInputError).fields;
  }
};

describe('text: one length rule, counted in code points', () => {
  const emoji = '😀'; // two UTF-16 units, one character
  const line = z.object({ value: text({ max: 10, min: 1 }) });
  const paragraph = z.object({ value: text({ max: 10, multiline: true }) });

  it('counts an emoji and å as one character each, a lone surrogate as one', () => {
    expect(textLength(emoji.repeat(3))).toBe(3);
    expect(textLength('Förskoleklass')).toBe(13);
    expect(textLength('a\ud800b')).toBe(3);
    expect(textLength('👩‍🏫')).toBe(3); // woman + joiner + school: code points, not clusters
  });

  it('accepts just under and exactly at the limit, refuses one over, for emoji and for ASCII', () => {
    for (const ch of [emoji, 'a']) {
      expect(parseInput(line, { value: ch.repeat(9) }).value).toBe(ch.repeat(9));
      expect(parseInput(line, { value: ch.repeat(10) }).value).toBe(ch.repeat(10));
      expect(problems(line, ch.repeat(11))).toEqual([
        { field: 'input.value', message: { sv: 'får vara högst 10 tecken', en: 'must be at most 10 characters' } },
      ]);
    }
  });

  it('counts the trimmed text and refuses an empty one when a minimum is set', () => {
    expect(parseInput(line, { value: `  ${'a'.repeat(10)}  ` }).value).toBe('a'.repeat(10));
    expect(problems(line, '   ')[0]?.message.en).toBe('must not be empty');
    expect(parseInput(paragraph, { value: '' }).value).toBe('');
  });

  it('refuses a lone surrogate instead of letting it become U+FFFD', () => {
    for (const bad of ['\ud800', 'a\udc00b', `${emoji.slice(0, 1)}x`]) {
      expect(problems(paragraph, bad)[0]?.message.en).toBe('contains a broken character (a lone UTF-16 surrogate)');
    }
    expect(isWellFormedText(emoji)).toBe(true);
  });

  it('refuses NUL and other control characters; line breaks only where several lines are allowed', () => {
    expect(problems(paragraph, 'a\u0000b')[0]?.message).toEqual({
      sv: 'innehåller ett styrtecken (U+0000)',
      en: 'contains a control character (U+0000)',
    });
    expect(problems(line, 'a\u001bb')[0]?.message.en).toBe('contains a control character (U+001B)');
    expect(problems(line, 'a\u0085b')[0]?.message.en).toBe('contains a control character (U+0085)');
    expect(problems(line, 'a\nb')[0]?.message.en).toBe('must not contain line breaks');
    expect(problems(line, 'a\tb')[0]?.message.en).toBe('contains a control character (U+0009)');
    expect(parseInput(paragraph, { value: 'a\r\n\tb' }).value).toBe('a\r\n\tb');
  });

  it("the model's validator agrees with the input rule at the limit", () => {
    const { validator } = storedText(10);
    expect(validator(emoji.repeat(10))).toBe(true);
    expect(validator(emoji.repeat(11))).toBe(false);
    expect(validator('a'.repeat(10))).toBe(true);
    expect(validator('a'.repeat(11))).toBe(false);
    expect(validator('\ud800')).toBe(false);
    expect(validator(null)).toBe(true);
  });
});

describe('instant: dates that exist, in a plausible range', () => {
  const schema = z.object({ value: instant() });

  it('reads a calendar date as midnight UTC and an instant with its offset', () => {
    expect(parseInput(schema, { value: '2026-02-28' }).value.toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(parseInput(schema, { value: '2028-02-29' }).value.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(parseInput(schema, { value: '2026-06-30T12:00:00.5+02:00' }).value.toISOString()).toBe(
      '2026-06-30T10:00:00.500Z',
    );
    expect(parseInput(schema, { value: '2014-06-30T00:00:00.000Z' }).value.toISOString()).toBe(
      '2014-06-30T00:00:00.000Z',
    );
  });

  it('refuses days that do not exist instead of rolling them over', () => {
    for (const bad of [
      '2026-02-30',
      '2026-02-29',
      '2100-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
    ]) {
      expect(parseInstant(bad)).toBeNull();
      expect(problems(schema, bad)[0]?.field).toBe('input.value');
    }
    expect(problems(schema, '2026-02-30')[0]?.message.en).toMatch(/^is not a date that exists/);
  });

  it('refuses malformed texts, times without a zone and impossible times', () => {
    for (const bad of [
      '30/2/2026',
      '2026-2-3',
      '2026-06-30T12:00:00',
      '2026-06-30T24:00Z',
      '2026-06-30T12:60Z',
      '2026-06-30T12:00+15:00',
      'tomorrow',
      '',
    ]) {
      expect(parseInstant(bad)).toBeNull();
    }
  });

  it('refuses years outside the plausible range', () => {
    expect(problems(schema, '1989-12-31')[0]?.message).toEqual({
      sv: `måste ligga mellan åren ${PLAN_YEARS.first} och ${PLAN_YEARS.last}`,
      en: `must lie between the years ${PLAN_YEARS.first} and ${PLAN_YEARS.last}`,
    });
    expect(problems(schema, '2101-01-01')).toHaveLength(1);
    expect(problems(schema, '0001-01-01')).toHaveLength(1);
    expect(problems(schema, '1990-01-01')).toEqual([]);
    expect(problems(schema, '2100-12-31')).toEqual([]);
  });
});
