import DataLoader from 'dataloader';
import { toObjectId, type ReadScope } from '../../auth/index.js';
import type { MeetingGroupDoc, MeetingSignupDoc, SuccessFactorDoc } from './meetings.model.js';
import { activeSignups, factorsOfGroups, groupsOf } from './meetings.repository.js';

/** Groups the rows by a key's hex id, in the order asked. */
function byKey<T>(keys: readonly string[], rows: T[], key: (row: T) => { toHexString(): string }): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row).toHexString())?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * Per-request loaders of meetings in the viewer's scope: each meeting's active sign-ups and groups,
 * and each group's factors, one query each for a page.
 */
export function createMeetingLoaders(scope: ReadScope) {
  const oids = (keys: readonly string[]) => keys.map((k) => toObjectId(k));
  return {
    meetingSignups: new DataLoader<string, MeetingSignupDoc[]>(async (keys) =>
      byKey(keys, await activeSignups(oids(keys)), (s) => s.meetingId),
    ),
    meetingGroups: new DataLoader<string, MeetingGroupDoc[]>(async (keys) =>
      byKey(keys, await groupsOf(scope, oids(keys)), (g) => g.meetingId),
    ),
    groupFactors: new DataLoader<string, SuccessFactorDoc[]>(async (keys) =>
      byKey(keys, await factorsOfGroups(scope, oids(keys)), (f) => f.groupId),
    ),
  };
}

export type MeetingLoaders = ReturnType<typeof createMeetingLoaders>;
