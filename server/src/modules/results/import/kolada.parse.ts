import { z } from 'zod';
import type { ImportProblem, MeasurementInput, OrganiserType } from '../measurement-input.js';

// Kolada's v3 API (https://api.kolada.se/v3; v2 was shut down on 31 March 2026) answers data
// requests `/v3/data/kpi/{ids}/municipality/{ids}/year/{years}` with
//   {"count": n, "values": [{"kpi", "municipality", "period": 2025, "isdeleted"?: bool,
//     "values": [{"gender": "T"|"K"|"M", "count", "status", "value": number|null}]}], "next_url": url|null}
// and `/v3/kpi/{ids}` with {"values": [{"id", "title", "description", …}], "next_url"}. The
// shape is the one v2 had (https://github.com/Hypergene/kolada, the API's own description) with
// `next_url` for the next page (public code against v3 follows it, e.g. a fetch script that
// reads `/v3/kpi/{ids}` for titles and `next_url` until it is empty, and
// BUsavsjo/Statistikkompassen's scripts/constants.js for the v3 data paths), rows withdrawn by
// Kolada marked `isdeleted`, and a missing value as `value: null` with its `status` (e.g.
// "Missing"). Lyfta reads a file in this shape, written by `npm run fetch:kolada`.

/** How one Kolada KPI maps onto a Lyfta indicator (scripts/kolada-kpis.json). */
export interface KoladaKpiMapping {
  indicator: string;
  organiserType: OrganiserType;
  name?: string;
  verified?: boolean;
  note?: string;
}

/** The mapping file: KPI id → indicator. */
export const koladaMappingSchema = z.object({
  description: z.string().optional(),
  kpis: z.record(
    z.string().regex(/^[A-Z]\d{5}$/),
    z.object({
      indicator: z.string().min(1),
      organiserType: z.enum(['all', 'municipal', 'independent', 'home']).default('all'),
      name: z.string().optional(),
      /** False while no public source confirms the KPI's title; the fetch checks it against Kolada anyway. */
      verified: z.boolean().default(true),
      note: z.string().optional(),
    }),
  ),
});

/** Words a Kolada title must contain for each Lyfta indicator (any one of each group). */
const indicatorTitleWords: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'ak9.meritValue': [['meritvärde']],
  'ak9.allSubjects': [['alla ämnen']],
  'ak9.vocationalEligible': [['behöriga', 'behörighet'], ['yrkesprogram']],
};
/**
 * Words naming the population: Kolada's "hemkommun" counts pupils living in the municipality
 * (organiser type `home`), "lägeskommun" pupils in schools located there (`all`, as Skolverket's
 * Samtliga), "kommunala skolor" the municipality's own schools, "fristående" independent schools.
 */
const organiserTitleWords: Readonly<Record<OrganiserType, readonly string[]>> = {
  all: ['lägeskommun'],
  municipal: ['kommunala skolor'],
  independent: ['fristående'],
  home: ['hemkommun'],
};

/** A title in lower case with single spaces, so word checks do not depend on layout. */
function normaliseTitle(title: string): string {
  return title.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Checks a KPI's title as Kolada gives it against the measure it is mapped to: null when it
 * matches, otherwise why not (one line, naming the KPI, the title and the missing words).
 */
export function koladaTitleMismatch(kpi: string, map: KoladaKpiMapping, title: string): string | null {
  const groups = indicatorTitleWords[map.indicator];
  if (!groups)
    return `${kpi} is mapped to ${map.indicator}, which has no title check; add its words to kolada.parse.ts`;
  const text = normaliseTitle(title);
  const missing = [...groups, organiserTitleWords[map.organiserType]]
    .filter((group) => !group.some((word) => text.includes(word)))
    .map((group) => group.map((w) => `"${w}"`).join(' or '));
  return missing.length
    ? `${kpi} is mapped to ${map.indicator} (${map.organiserType}) but Kolada's title is "${title}", ` +
        `which lacks ${missing.join(' and ')}`
    : null;
}

/** What a Kolada file turned into, or every problem found in it. */
export interface ParsedKoladaFile {
  measurements: MeasurementInput[];
  problems: ImportProblem[];
  /** Entries whose KPI is not in the mapping, by KPI id (they are skipped, not imported). */
  unmapped: Record<string, number>;
  /** Entries Kolada marks as deleted (`isdeleted`); they are skipped. */
  deleted: number;
  entries: number;
}

const SOURCE = 'Kolada (RKA)';

const valueSchema = z.object({
  gender: z.enum(['T', 'K', 'M']),
  count: z.number().int().nonnegative().nullish(),
  status: z.string().nullish(),
  value: z.number().finite().nullable(),
  isdeleted: z.boolean().optional(),
});
/** Kolada's period is an integer year; a year written as a string of digits is read the same. */
const periodSchema = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^\d{4}$/)
      .transform(Number),
  ])
  .pipe(z.number().int().min(1990).max(2100));
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
    period: periodSchema,
    isdeleted: z.boolean().optional(),
    values: z.array(valueSchema),
  })
  .refine((e) => (e.municipality === undefined) !== (e.ou === undefined), {
    message: 'needs exactly one of "municipality" or "ou"',
  });
const fileSchema = z.object({
  values: z.array(z.unknown()),
  count: z.number().int().nonnegative().optional(),
  next_url: z.string().nullish(),
  /** Written by `npm run fetch:kolada`: each KPI's title as Kolada gave it when the data was fetched. */
  kpis: z.record(z.string(), z.object({ title: z.string() }).passthrough()).optional(),
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
 * T is the value, K and M go to the girls/boys split. A missing value (`value: null`) is
 * missing with reason `noData` and keeps Kolada's status as its mark. Entries (or gender
 * values) marked `isdeleted` are skipped. When the file carries the KPIs' titles (as the
 * fetch writes them), each mapped KPI's title must match its measure.
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
      deleted: 0,
      entries: 0,
      problems: [{ line, message: `not valid JSON: ${(err as Error).message}` }],
    };
  }
  const file = fileSchema.safeParse(json);
  if (!file.success) {
    return {
      measurements: [],
      unmapped: {},
      deleted: 0,
      entries: 0,
      problems: [{ line: 1, message: 'not a Kolada data file: expected {"values": [...], "count", "next_url"}' }],
    };
  }
  for (const [kpi, meta] of Object.entries(file.data.kpis ?? {})) {
    const map = mapping[kpi];
    const mismatch = map && koladaTitleMismatch(kpi, map, meta.title);
    if (mismatch) problems.push({ line: 1, message: mismatch });
  }
  const lines = entryLines(text);
  let deleted = 0;
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
    if (e.isdeleted) {
      deleted++;
      return;
    }
    const map = mapping[e.kpi];
    if (!map) {
      unmapped[e.kpi] = (unmapped[e.kpi] ?? 0) + 1;
      return;
    }
    const current = e.values.filter((v) => !v.isdeleted);
    const byGender = new Map(current.map((v) => [v.gender, v]));
    if (byGender.size !== current.length) {
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
  return { measurements, problems, unmapped, deleted, entries: file.data.values.length };
}
