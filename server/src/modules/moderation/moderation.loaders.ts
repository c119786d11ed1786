import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import type { Viewer } from '../../auth/index.js';
import { reportedByAmong } from './moderation.repository.js';

/** Per-request loaders: which comments of a page the viewer has reported, in one query (their own reports only). */
export function createModerationLoaders(viewer: Viewer | null) {
  const person = viewer ? new mongoose.Types.ObjectId(viewer.personId) : null;
  return {
    reportedByViewer: new DataLoader<string, boolean>(async (ids) => {
      if (!person) return ids.map(() => false);
      const found = await reportedByAmong(
        'comment',
        ids.map((id) => new mongoose.Types.ObjectId(id)),
        person,
      );
      return ids.map((id) => found.has(id));
    }),
  };
}

export type ModerationLoaders = ReturnType<typeof createModerationLoaders>;
