import mongoose, { type Types } from 'mongoose';
import type { EditScope, Viewer } from '../../auth/index.js';
import { createAudited, updateVersioned } from '../audit/index.js';
import { EXAMPLES_PUBLIC_MAX, GoodExampleModel, type GoodExampleDoc } from './examples.model.js';
import type { ConsentState, ExampleSource } from './examples.enums.js';

// Good examples are read three ways, each with its own condition: published ones by anyone (the
// consent given), a municipality's all by its administration, a person's own by the author.
// Nothing else reads them.

const trusted = mongoose.trusted;

/** The published examples of a municipality, newest consent first. */
export function publishedExamples(municipalityCode: string): Promise<GoodExampleDoc[]> {
  return GoodExampleModel.find({ municipalityCode, consent: 'given' })
    .sort({ consentAt: -1, _id: -1 })
    .limit(EXAMPLES_PUBLIC_MAX)
    .lean<GoodExampleDoc[]>()
    .exec();
}

/** Every example lifted in the municipality (its administration's list), newest first. */
export function examplesOfMunicipality(municipalityCode: string): Promise<GoodExampleDoc[]> {
  return GoodExampleModel.find({ municipalityCode }).sort({ _id: -1 }).limit(500).lean<GoodExampleDoc[]>().exec();
}

/** The examples made of a person's texts, those waiting for an answer first. */
export async function examplesOfAuthor(authorId: Types.ObjectId): Promise<GoodExampleDoc[]> {
  const all = await GoodExampleModel.find({ authorId }).sort({ _id: -1 }).limit(200).lean<GoodExampleDoc[]>().exec();
  return [...all.filter((e) => e.consent === 'asked'), ...all.filter((e) => e.consent !== 'asked')];
}

export function findExample(id: Types.ObjectId): Promise<GoodExampleDoc | null> {
  return GoodExampleModel.findById(id).lean<GoodExampleDoc>().exec();
}

/** The examples made of the given texts, for a page of comments. */
export function examplesOfSources(source: ExampleSource, ids: readonly Types.ObjectId[]): Promise<GoodExampleDoc[]> {
  return GoodExampleModel.find({ source, sourceId: trusted({ $in: [...ids] }) })
    .lean<GoodExampleDoc[]>()
    .exec();
}

/** Records a lifted text; a second lift of the same text (also at the same moment) hits the unique index. */
export function insertExample(
  scope: EditScope,
  doc: Omit<GoodExampleDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>,
): Promise<GoodExampleDoc> {
  return createAudited<GoodExampleDoc>({
    viewer: scope.viewer,
    model: GoodExampleModel,
    doc: doc as unknown as Record<string, unknown>,
    action: 'goodExample.lift',
    targetType: 'goodExample',
  });
}

/** The author's answer, against the version they saw. */
export function setConsent(
  viewer: Viewer,
  example: GoodExampleDoc,
  expectedVersion: number,
  change: { consent: ConsentState; named: boolean; consentAt: Date },
  conflict: (current: GoodExampleDoc | null) => Error,
): Promise<GoodExampleDoc> {
  return updateVersioned<GoodExampleDoc>({
    viewer,
    model: GoodExampleModel,
    id: example._id,
    expectedVersion,
    update: { $set: change },
    action: `goodExample.consent.${change.consent}`,
    targetType: 'goodExample',
    conflict,
  });
}
