import DataLoader from 'dataloader';
import { toObjectId, type ReadScope } from '../../auth/index.js';
import type { MeetingDoc, MeetingGroupDoc, MeetingSignupDoc, SuccessFactorDoc } from './meetings.model.js';
import { activeSignups, factorsOfGroups, findMeetings, groupsOf, waitingSignups } from './meetings.repository.js';

/** Groups the rows by a key's hex id, in the order asked. */
function byKey<T>(keys: readonly string[], rows: T[], key: (row: T) => { toHexString(): string }): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(key(row).toHexString())?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * Per-request loaders of meetings in the viewer's scope: meetings by id, each meeting's active
 * sign-ups, waiting list and groups, and each group's factors (and withdrawn ones), one query each for a page.
 */
export function createMeetingLoaders(scope: ReadScope) {
  const oids = (keys: readonly string[]) => keys.map((k) => toObjectId(k));
  return {
    meeting: new DataLoader<string, MeetingDoc | null>(async (keys) => {
      const found = new Map((await findMeetings(scope, oids(keys))).map((m) => [m._id.toHexString(), m]));
      return keys.map((k) => found.get(k) ?? null);
    }),
    meetingWaiting: new DataLoader<string, MeetingSignupDoc[]>(async (keys) =>
      byKey(keys, await waitingSignups(oids(keys)), (s) => s.meetingId),
    ),
    meetingSignups: new DataLoader<string, MeetingSignupDoc[]>(async (keys) =>
      byKey(keys, await activeSignups(oids(keys)), (s) => s.meetingId),
    ),
    meetingGroups: new DataLoader<string, MeetingGroupDoc[]>(async (keys) =>
      byKey(keys, await groupsOf(scope, oids(keys)), (g) => g.meetingId),
    ),
    groupFactors: new DataLoader<string, SuccessFactorDoc[]>(async (keys) =>
      byKey(keys, await factorsOfGroups(scope, oids(keys)), (f) => f.groupId),
    ),
    groupWithdrawnFactors: new DataLoader<string, SuccessFactorDoc[]>(async (keys) =>
      byKey(keys, await factorsOfGroups(scope, oids(keys), true), (f) => f.groupId),
    ),
  };
}

export type MeetingLoaders = ReturnType<typeof createMeetingLoaders>;
