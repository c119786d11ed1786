import mongoose from 'mongoose';
import { BadInputError, NotFoundError } from '../../shared/errors.js';
import { findOrganisationsByIds } from '../organisations/index.js';
import type { OrganiserType } from './indicator.enums.js';
import { IndicatorModel, type IndicatorDoc } from './indicator.model.js';
import { MeasurementModel, type MeasurementDoc } from './measurement.model.js';

/** At most this many organisations per series request. */
export const MAX_SERIES_ORGANISATIONS = 300;

/** Finds an indicator by its id or its key; NOT_FOUND otherwise. */
export async function findIndicator(idOrKey: string): Promise<IndicatorDoc> {
  const doc =
    mongoose.isValidObjectId(idOrKey) && /^[0-9a-f]{24}$/i.test(idOrKey)
      ? await IndicatorModel.findById(idOrKey).lean<IndicatorDoc>()
      : await IndicatorModel.findOne({ key: idOrKey }).lean<IndicatorDoc>();
  if (!doc) throw new NotFoundError({ sv: `Indikatorn ${idOrKey}`, en: `Indicator ${idOrKey}` });
  return doc;
}

/** Every indicator, by key. */
export async function listIndicators(): Promise<IndicatorDoc[]> {
  return IndicatorModel.find({}).sort({ key: 1 }).lean<IndicatorDoc[]>();
}

const objectIdPattern = /^[0-9a-f]{24}$/i;

/**
 * One indicator's measurements for several organisations in one query, grouped per organisation
 * in the order asked, oldest year first. Organisations are given by code (municipality, school
 * unit, `SE`) or by organisation id; ids cost one extra query to find their codes. Statistics
 * are public, so any signed-in viewer may read any organisation's series.
 */
export async function indicatorSeries(input: {
  indicatorId: string;
  organisationCodes: readonly string[];
  fromYear?: number | null;
  toYear?: number | null;
  organiserType: OrganiserType;
}): Promise<{
  indicator: IndicatorDoc;
  series: Array<{ organisationCode: string; organisationId: string | null; measurements: MeasurementDoc[] }>;
}> {
  const asked = [...new Set(input.organisationCodes.map((c) => c.trim()))];
  if (asked.length > MAX_SERIES_ORGANISATIONS) {
    throw new BadInputError([
      {
        field: 'organisationIds',
        message: {
          sv: `högst ${MAX_SERIES_ORGANISATIONS} organisationer`,
          en: `at most ${MAX_SERIES_ORGANISATIONS} organisations`,
        },
      },
    ]);
  }
  const ids = asked.filter((c) => objectIdPattern.test(c));
  const codeOfId = new Map<string, string>();
  if (ids.length) {
    const orgs = await findOrganisationsByIds(
      ids.map((id) => new mongoose.Types.ObjectId(id)),
      { code: 1 },
    );
    for (const o of orgs) codeOfId.set(String(o._id), o.code);
    const unknown = ids.find((id) => !codeOfId.has(id));
    if (unknown) throw new NotFoundError({ sv: `Organisationen ${unknown}`, en: `Organisation ${unknown}` });
  }
  const codes = asked.map((c) => codeOfId.get(c) ?? c);
  const bad = codes.find((c) => !/^(SE|\d{4}|\d{8}|[A-Z0-9]{1,20})$/.test(c));
  if (bad !== undefined) {
    throw new BadInputError([
      {
        field: 'organisationIds',
        message: { sv: `"${bad}" är ingen organisationskod`, en: `"${bad}" is not an organisation code` },
      },
    ]);
  }
  if (input.fromYear && input.toYear && input.fromYear > input.toYear) {
    throw new BadInputError([
      { field: 'fromYear', message: { sv: 'får inte vara efter toYear', en: 'must not be after toYear' } },
    ]);
  }
  const indicator = await findIndicator(input.indicatorId);
  const year: Record<string, number> = {};
  if (input.fromYear) year.$gte = input.fromYear;
  if (input.toYear) year.$lte = input.toYear;
  const docs = codes.length
    ? await MeasurementModel.find({
        indicatorId: indicator._id,
        organiserType: input.organiserType,
        // Operators built here from validated codes and years: exempt from filter sanitizing.
        organisationCode: mongoose.trusted({ $in: codes }),
        ...(Object.keys(year).length ? { year: mongoose.trusted(year) } : {}),
      })
        .sort({ year: 1 })
        .lean<MeasurementDoc[]>()
    : [];
  const byCode = new Map<string, MeasurementDoc[]>(codes.map((c) => [c, []]));
  for (const d of docs) byCode.get(d.organisationCode)?.push(d);
  return {
    indicator,
    series: asked.map((c) => {
      const code = codeOfId.get(c) ?? c;
      return { organisationCode: code, organisationId: codeOfId.has(c) ? c : null, measurements: byCode.get(code)! };
    }),
  };
}

/**
 * One organisation's measurements of several indicators over a span of years, whoever its
 * organiser: for a school unit that is the one population it has; for a municipality the figure
 * for all organisers is preferred. Statistics are public.
 */
export async function organisationMeasurements(input: {
  organisationCode: string;
  indicatorIds: readonly string[];
  fromYear: number;
  toYear: number;
}): Promise<MeasurementDoc[]> {
  const docs = await MeasurementModel.find({
    indicatorId: mongoose.trusted({ $in: input.indicatorIds.map((id) => new mongoose.Types.ObjectId(id)) }),
    organisationCode: input.organisationCode,
    year: mongoose.trusted({ $gte: input.fromYear, $lte: input.toYear }),
  })
    .lean<MeasurementDoc[]>()
    .exec();
  const best = new Map<string, MeasurementDoc>();
  for (const d of docs) {
    const key = `${String(d.indicatorId)}:${d.year}`;
    const held = best.get(key);
    if (!held || d.organiserType === 'all' || (held.organiserType !== 'all' && d.organiserType === 'municipal'))
      best.set(key, d);
  }
  return [...best.values()];
}
