import { z } from 'zod';
import type { ImportProblem, MeasurementInput, OrganiserType } from '../measurement-input.js';

/** How one Kolada KPI maps onto a Lyfta indicator (scripts/kolada-kpis.json). */
export interface KoladaKpiMapping {
  indicator: string;
  organiserType: OrganiserType;
  name?: string;
}

/** The mapping file: KPI id → indicator. */
export const koladaMappingSchema = z.object({
  description: z.string().optional(),
  kpis: z.record(
    z.string().regex(/^[A-Z]\d{5}$/),
    z.object({
      indicator: z.string().min(1),
      organiserType: z.enum(['all', 'municipal', 'independent']).default('all'),
      name: z.string().optional(),
    }),
  ),
});

/** What a Kolada file turned into, or every problem found in it. */
export interface ParsedKoladaFile {
  measurements: MeasurementInput[];
  problems: ImportProblem[];
  /** Entries whose KPI is not in the mapping, by KPI id (they are skipped, not imported). */
  unmapped: Record<string, number>;
  entries: number;
}

const SOURCE = 'Kolada (RKA)';

const valueSchema = z.object({
  gender: z.enum(['T', 'K', 'M']),
  count: z.number().int().nonnegative().nullish(),
  status: z.string().nullish(),
  value: z.number().finite().nullable(),
});
const entrySchema = z
  .object({
    kpi: z.string().regex(/^[A-Z]\d{5}$/),
    municipality: z
      .string()
      .regex(/^\d{4}$/)
      .optional(),
    ou: z
      .string()
      .regex(/^[A-Z0-9]{1,20}$/)
      .optional(),
    period: z.number().int().min(1990).max(2100),
    values: z.array(valueSchema).min(1),
  })
  .refine((e) => (e.municipality === undefined) !== (e.ou === undefined), {
    message: 'needs exactly one of "municipality" or "ou"',
  });
const fileSchema = z.object({
  values: z.array(z.unknown()),
  count: z.number().int().nonnegative().optional(),
  next_url: z.string().nullish(),
});

/** Locates each entry's line in the JSON text, so problems can say where they are. */
function entryLines(text: string): number[] {
  const lines: number[] = [];
  const start = text.indexOf('"values"');
  if (start < 0) return lines;
  let depth = 0;
  let line = 1 + (text.slice(0, start).match(/\n/g)?.length ?? 0);
  let inString = false;
  for (let i = text.indexOf('[', start) + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (depth === 0) lines.push(line);
      depth++;
    } else if (ch === '}' || ch === ']') {
      if (depth === 0) break;
      depth--;
    }
  }
  return lines;
}

/**
 * Validates and converts a file in the Kolada API's JSON shape. Kolada's `period` is the year
 * a school year ends in, as Lyfta's `year`; municipality `0000` (Riket) becomes `SE`. Gender
 * T is the value, K and M go to the girls/boys split. A missing value keeps Kolada's status.
 */
export function parseKoladaJson(text: string, mapping: Record<string, KoladaKpiMapping>): ParsedKoladaFile {
  const problems: ImportProblem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const pos = /position (\d+)/.exec(String(err))?.[1];
    const line = pos ? 1 + (text.slice(0, Number(pos)).match(/\n/g)?.length ?? 0) : 1;
    return {
      measurements: [],
      unmapped: {},
      entries: 0,
      problems: [{ line, message: `not valid JSON: ${(err as Error).message}` }],
    };
  }
  const file = fileSchema.safeParse(json);
  if (!file.success) {
    return {
      measurements: [],
      unmapped: {},
      entries: 0,
      problems: [{ line: 1, message: 'not a Kolada data file: expected {"values": [...], "count", "next_url"}' }],
    };
  }
  const lines = entryLines(text);
  const measurements: MeasurementInput[] = [];
  const unmapped: Record<string, number> = {};
  const seen = new Map<string, number>();
  file.data.values.forEach((raw, index) => {
    const line = lines[index] ?? 1;
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) {
      for (const issue of entry.error.issues)
        problems.push({
          line,
          message: `values[${index}]${issue.path.length ? '.' + issue.path.join('.') : ''}: ${issue.message}`,
        });
      return;
    }
    const e = entry.data;
    const map = mapping[e.kpi];
    if (!map) {
      unmapped[e.kpi] = (unmapped[e.kpi] ?? 0) + 1;
      return;
    }
    const byGender = new Map(e.values.map((v) => [v.gender, v]));
    if (byGender.size !== e.values.length) {
      problems.push({ line, message: `values[${index}]: a gender appears twice` });
      return;
    }
    const total = byGender.get('T');
    if (!total) {
      problems.push({ line, message: `values[${index}]: no total (gender "T")` });
      return;
    }
    const organisationCode = e.municipality !== undefined ? (e.municipality === '0000' ? 'SE' : e.municipality) : e.ou!;
    const id = `${map.indicator}|${organisationCode}|${map.organiserType}|${e.period}`;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        line,
        message: `values[${index}] repeats the entry at line ${first} (${e.kpi}, ${organisationCode}, ${e.period})`,
      });
      return;
    }
    seen.set(id, line);
    const girls = byGender.get('K')?.value ?? null;
    const boys = byGender.get('M')?.value ?? null;
    measurements.push({
      indicatorKey: map.indicator,
      organisationCode,
      organiserType: map.organiserType,
      year: e.period,
      value: total.value,
      missingReason: total.value === null ? 'noData' : null,
      rawMark: total.value === null && total.status ? total.status.slice(0, 10) : null,
      pupils: null,
      ...(byGender.has('K') || byGender.has('M') ? { gender: { girls, boys } } : {}),
      source: `${SOURCE}, ${e.kpi}`,
    });
  });
  return { measurements, problems, unmapped, entries: file.data.values.length };
}
