import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import type { GoodExampleDoc } from './examples.model.js';
import { examplesOfSources } from './examples.repository.js';

/**
 * Per-request loaders: the example made of each comment of a page, in one query for the page. The
 * resolver decides who sees it (the comment's readers never learn of an unpublished one).
 */
export function createExampleLoaders() {
  return {
    exampleOfComment: new DataLoader<string, GoodExampleDoc | null>(async (ids) => {
      const found = await examplesOfSources(
        'comment',
        ids.map((id) => new mongoose.Types.ObjectId(id)),
      );
      const byId = new Map(found.map((e) => [e.sourceId.toHexString(), e]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type ExampleLoaders = ReturnType<typeof createExampleLoaders>;
