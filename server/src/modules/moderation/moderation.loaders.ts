import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import type { Viewer } from '../../auth/index.js';
import type { ReportedSource } from './moderation.enums.js';
import { reportedByAmong } from './moderation.repository.js';

/**
 * Per-request loaders: which texts of a page the viewer has reported (their own reports only),
 * keyed `source:id`, one query per source.
 */
export function createModerationLoaders(viewer: Viewer | null) {
  const person = viewer ? new mongoose.Types.ObjectId(viewer.personId) : null;
  return {
    reportedByViewer: new DataLoader<string, boolean>(async (keys) => {
      if (!person) return keys.map(() => false);
      const bySource = new Map<ReportedSource, mongoose.Types.ObjectId[]>();
      for (const key of keys) {
        const [source, id] = key.split(':') as [ReportedSource, string];
        bySource.set(source, [...(bySource.get(source) ?? []), new mongoose.Types.ObjectId(id)]);
      }
      const found = new Set<string>();
      for (const [source, ids] of bySource)
        for (const id of await reportedByAmong(source, ids, person)) found.add(`${source}:${id}`);
      return keys.map((key) => found.has(key));
    }),
  };
}

export type ModerationLoaders = ReturnType<typeof createModerationLoaders>;
