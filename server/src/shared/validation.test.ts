import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BadInputError } from './errors.js';
import { bilingual, parseInput } from './validation.js';

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
