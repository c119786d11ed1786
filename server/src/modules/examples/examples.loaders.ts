import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import type { ExampleSource } from './examples.enums.js';
import type { GoodExampleDoc } from './examples.model.js';
import { examplesOfSources } from './examples.repository.js';

/**
 * Per-request loaders: the example made of each comment, answer or success factor of a page, one
 * query per kind for the page. The resolver decides who sees it (readers never learn of an
 * unpublished one).
 */
export function createExampleLoaders() {
  const of = (source: ExampleSource) =>
    new DataLoader<string, GoodExampleDoc | null>(async (ids) => {
      const found = await examplesOfSources(
        source,
        ids.map((id) => new mongoose.Types.ObjectId(id)),
      );
      const byId = new Map(found.map((e) => [e.sourceId.toHexString(), e]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  return { exampleOfComment: of('comment'), exampleOfAnswer: of('answer'), exampleOfFactor: of('factor') };
}

export type ExampleLoaders = ReturnType<typeof createExampleLoaders>;
