import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { instant, PLAN_YEARS, text } from '../../shared/validation.js';
import { INDICATOR_KEY_MAX } from '../indicators/index.js';
import {
  carriedOutValues,
  contributorRightValues,
  effectAnswerValues,
  evidenceKindValues,
  OPTIONAL_HEADINGS,
  qualityThemeValues,
  textSectionValues,
} from './quality.enums.js';
import { QUALITY_MAX as M } from './quality.model.js';

const version = z.number().int().min(1);
const optionalText = (max: number) => text({ max, multiline: true }).nullish();
const indicatorKey = text({ max: INDICATOR_KEY_MAX, min: 1 }).nullish();

/** createQualityReport's input: an organisation (a school unit, or the municipality for the organiser's report) and a year. */
export const createReportInput = z.object({
  organisationId: objectIdString,
  year: z.number().int().min(PLAN_YEARS.first).max(PLAN_YEARS.last),
});

/** saveQualityText's input: one heading's text against that heading's version. */
export const saveTextInput = z.object({
  reportId: objectIdString,
  section: z.enum(Object.values(textSectionValues) as [string, ...string[]]),
  expectedVersion: version,
  text: text({ max: M.sectionText, multiline: true }),
});

const causeInput = z.object({
  id: objectIdString.nullish(),
  text: text({ max: M.cause, min: 1, multiline: true }),
  evidenceKind: z.enum(Object.values(evidenceKindValues) as [string, ...string[]]),
  evidence: text({ max: M.evidence, min: 1, multiline: true }),
  indicatorKey,
});

/** saveDevelopmentAreas's input: the whole list of areas with their causes, against the list's version. */
export const saveAreasInput = z.object({
  reportId: objectIdString,
  expectedVersion: version,
  areas: z
    .array(
      z.object({
        id: objectIdString.nullish(),
        title: text({ max: M.title, min: 1 }),
        theme: z.enum(Object.values(qualityThemeValues) as [string, ...string[]]),
        description: optionalText(M.description),
        causes: z.array(causeInput).max(M.causesPerArea),
      }),
    )
    .max(M.areas),
});

/** saveQualityMeasures's input: the whole list of measures, against the list's version. */
export const saveMeasuresInput = z.object({
  reportId: objectIdString,
  expectedVersion: version,
  measures: z
    .array(
      z.object({
        id: objectIdString.nullish(),
        text: text({ max: M.measure, min: 1, multiline: true }),
        ownerName: text({ max: M.owner, min: 1 }),
        dueDate: instant().nullish(),
        causeId: objectIdString.nullish(),
        indicatorKey,
        expectedEffect: text({ max: M.effect, min: 1, multiline: true }),
      }),
    )
    .max(M.measures),
});

/** saveParticipation's input, against the section's version. */
export const saveParticipationInput = z.object({
  reportId: objectIdString,
  expectedVersion: version,
  teachers: z.boolean().nullish(),
  teachersHow: optionalText(M.how),
  staff: z.boolean().nullish(),
  staffHow: optionalText(M.how),
  pupils: z.boolean().nullish(),
  pupilsHow: optionalText(M.how),
  guardiansOffered: z.boolean().nullish(),
  guardiansDate: instant().nullish(),
  guardiansHow: optionalText(M.how),
});

/** saveFollowUps's input: the answers for the measures carried forward, against the section's version. */
export const saveFollowUpsInput = z.object({
  reportId: objectIdString,
  expectedVersion: version,
  followUps: z
    .array(
      z.object({
        id: objectIdString,
        carriedOut: z.enum(Object.values(carriedOutValues) as [string, ...string[]]).nullish(),
        carriedOutEvidence: optionalText(M.evidence),
        effect: z.enum(Object.values(effectAnswerValues) as [string, ...string[]]).nullish(),
        effectEvidence: optionalText(M.evidence),
      }),
    )
    .max(M.followUps),
});

/** A review's or a colleague's comment. */
export const commentInput = z.object({
  reportId: objectIdString,
  text: text({ max: M.comment, min: 1, multiline: true }),
});

/** approveQualityReport's input: the comment is optional. */
export const approveInput = z.object({
  reportId: objectIdString,
  text: text({ max: M.comment, multiline: true }).nullish(),
});

/** inviteToQualityReport's input. */
export const inviteInput = z.object({
  reportId: objectIdString,
  personId: objectIdString,
  right: z.enum(Object.values(contributorRightValues) as [string, ...string[]]).nullish(),
});

/** createItemFromMeasure's input: the measure, and the plan area the new action item goes in. */
export const itemFromMeasureInput = z.object({
  reportId: objectIdString,
  measureId: objectIdString,
  areaId: objectIdString,
});

/** saveQualityTemplate's input: the optional headings the units' reports have, and guidance per heading. */
export const saveTemplateInput = z.object({
  organisationId: objectIdString,
  expectedVersion: z.number().int().min(0),
  headings: z.array(z.enum(OPTIONAL_HEADINGS)).max(OPTIONAL_HEADINGS.length),
  guidance: z
    .object({
      conditions: optionalText(M.description),
      implementation: optionalText(M.description),
      results: optionalText(M.description),
      analysis: optionalText(M.description),
    })
    .nullish(),
});
