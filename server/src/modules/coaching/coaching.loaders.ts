import DataLoader from 'dataloader';
import type { Viewer } from '../../auth/index.js';
import type { EngagementContentDoc, EngagementFactsDoc } from './coaching.repository.js';
import { loadEngagements, readEngagementContent } from './coaching.service.js';

/**
 * Per-request loaders of coaching, built with the viewer: engagements' facts by id (those the
 * viewer may know of), and engagements' content (their parties only). The content loader is the
 * one path to content for the resolvers; its cache makes each engagement's content read, and its
 * read recorded in the audit log, at most once per request.
 */
export function createCoachingLoaders(viewer: Viewer | null) {
  return {
    coachingEngagement: new DataLoader<string, EngagementFactsDoc | null>(async (ids) => {
      const found = new Map((await loadEngagements(viewer, ids)).map((e) => [e._id.toHexString(), e]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    coachingContent: new DataLoader<string, EngagementContentDoc | null>(async (ids) => {
      const found = await readEngagementContent(viewer, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

export type CoachingLoaders = ReturnType<typeof createCoachingLoaders>;
