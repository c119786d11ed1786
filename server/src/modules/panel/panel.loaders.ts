import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import type { Viewer } from '../../auth/index.js';
import { answeredAmong, invitedAmong } from './panel.repository.js';

/**
 * Per-request loaders of the panel: whether the viewer was invited to and has answered each poll
 * of a page, one query each for all the polls. They read the viewer's own records only.
 */
export function createPanelLoaders(viewer: Viewer | null) {
  const person = viewer ? new mongoose.Types.ObjectId(viewer.personId) : null;
  const among = (read: typeof invitedAmong) =>
    new DataLoader<string, boolean>(async (pollIds) => {
      if (!person) return pollIds.map(() => false);
      const found = await read(
        pollIds.map((id) => new mongoose.Types.ObjectId(id)),
        person,
      );
      return pollIds.map((id) => found.has(id));
    });
  return { pollInvited: among(invitedAmong), pollAnswered: among(answeredAmong) };
}

export type PanelLoaders = ReturnType<typeof createPanelLoaders>;
