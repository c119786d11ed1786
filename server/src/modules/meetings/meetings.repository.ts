import mongoose, { type ClientSession, type Types } from 'mongoose';
import { municipalityFilter, type EditScope, type ReadScope } from '../../auth/index.js';
import { createAudited, inTransaction, recordAudit, updateVersioned } from '../audit/index.js';
import {
  MEETING_MAX,
  MeetingGroupModel,
  MeetingModel,
  MeetingSignupModel,
  SuccessFactorModel,
  type MeetingDoc,
  type MeetingGroupDoc,
  type MeetingSignupDoc,
  type SuccessFactorDoc,
} from './meetings.model.js';

// Every read of meetings, groups and factors takes the viewer's scope: a meeting has no draft, so
// it is read by everyone who reads anything of its municipality (municipalityFilter); outside the
// scope a meeting is as absent as an unknown id. Writes carry the edit scope's filter or the
// conditions the service has checked, within the municipalities the writer reads.

const trusted = mongoose.trusted;
const ids = (list: readonly Types.ObjectId[]) => trusted({ $in: [...list] });

export function findMeeting(scope: ReadScope, id: Types.ObjectId): Promise<MeetingDoc | null> {
  return MeetingModel.findOne({ _id: id, ...municipalityFilter(scope) })
    .lean<MeetingDoc>()
    .exec();
}

/** The meetings of the ids in the scope (those outside it are absent). */
export function findMeetings(scope: ReadScope, meetingIds: readonly Types.ObjectId[]): Promise<MeetingDoc[]> {
  return MeetingModel.find({ _id: ids(meetingIds), ...municipalityFilter(scope) })
    .lean<MeetingDoc[]>()
    .exec();
}

/** A municipality's meetings, the latest date first. */
export function listMeetings(scope: ReadScope, municipalityCode: string): Promise<MeetingDoc[]> {
  return MeetingModel.find({ municipalityCode, ...municipalityFilter(scope) })
    .sort({ date: -1, _id: -1 })
    .limit(500)
    .lean<MeetingDoc[]>()
    .exec();
}

export function insertMeeting(
  scope: EditScope,
  doc: Omit<MeetingDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>,
): Promise<MeetingDoc> {
  return createAudited<MeetingDoc>({
    viewer: scope.viewer,
    model: MeetingModel,
    doc: doc as unknown as Record<string, unknown>,
    action: 'meeting.create',
    targetType: 'meeting',
  });
}

// Sign-ups. The unique index on (meeting, person) and the condition `active: not true` let one of
// several concurrent sign-ups of a person win; only the winner takes a place. A place is taken and
// given back on the meeting's document alone, with a conditional update (atomic): `taken` counts the
// places held with or without a cap, and `seatsLeft` the free ones under a cap, taken only while
// above 0 and while the meeting is not cancelled. So however many sign up, cancel and change the cap
// at once, no more than the cap hold a place. A winner who finds no place left is turned back.
//
// The waiting list: a person on it is a sign-up with `waiting` (not active) and the time they
// queued. Every step that can free a place or add someone to the list ends by filling: while the
// first in line is there and a place can be taken, it is taken and handed to them (a conditional
// update on their sign-up still waiting; if they left meanwhile, the place goes back and the next is
// tried). Whoever acts last fills, so a free place and a waiting person never stay apart.

const notCancelled = { cancelledAt: null };

/** Takes a place; false when the meeting is full or cancelled. */
async function takeSeat(meetingId: Types.ObjectId): Promise<boolean> {
  const capped = await MeetingModel.updateOne(
    { _id: meetingId, ...notCancelled, seatsLeft: trusted({ $gt: 0 }) },
    { $inc: { seatsLeft: -1, taken: 1 } },
  ).exec();
  if (capped.modifiedCount === 1) return true;
  const open = await MeetingModel.updateOne(
    { _id: meetingId, ...notCancelled, cap: null },
    { $inc: { taken: 1 } },
  ).exec();
  return open.modifiedCount === 1;
}

/** Gives a place back (under the cap the meeting has now: a cap set or removed meanwhile is met on the next try). */
async function giveSeat(meetingId: Types.ObjectId): Promise<void> {
  for (;;) {
    const capped = await MeetingModel.updateOne(
      { _id: meetingId, seatsLeft: trusted({ $ne: null }) },
      { $inc: { seatsLeft: 1, taken: -1 } },
    ).exec();
    if (capped.modifiedCount === 1) return;
    const open = await MeetingModel.updateOne({ _id: meetingId, seatsLeft: null }, { $inc: { taken: -1 } }).exec();
    if (open.modifiedCount === 1 || open.matchedCount === 1) return;
    if (!(await MeetingModel.exists({ _id: meetingId }).exec())) return;
  }
}

/** The first on the meeting's waiting list, or null. */
function firstWaiting(meetingId: Types.ObjectId): Promise<MeetingSignupDoc | null> {
  return MeetingSignupModel.findOne({ meetingId, waiting: true })
    .sort({ queuedAt: 1, _id: 1 })
    .lean<MeetingSignupDoc>()
    .exec();
}

/**
 * Hands free places to the waiting list, first in line first; answers who got one (to be told).
 * Runs after every step that frees a place, adds to the list or raises the cap.
 */
export async function fillFromWaitingList(meetingId: Types.ObjectId): Promise<MeetingSignupDoc[]> {
  const promoted: MeetingSignupDoc[] = [];
  for (;;) {
    const next = await firstWaiting(meetingId);
    if (!next) return promoted;
    if (!(await takeSeat(meetingId))) return promoted;
    const got = await MeetingSignupModel.findOneAndUpdate(
      { _id: next._id, waiting: true },
      { $set: { active: true, waiting: false, queuedAt: null } },
      { returnDocument: 'after' },
    )
      .lean<MeetingSignupDoc>()
      .exec();
    if (got) promoted.push(got);
    else await giveSeat(meetingId);
  }
}

/** What a sign-up came to. */
export type SignupOutcome = 'signedUp' | 'already' | 'full' | 'waiting' | 'cancelled';

/**
 * Signs the person up: 'signedUp', 'already' (holds a place or waits already: nothing changes),
 * 'cancelled' (the meeting was cancelled meanwhile), or, when no place is free, 'full' — or with
 * `wait` a place on the waiting list ('waiting'; also when others wait already, so no one jumps the
 * line). Answers also whoever a place was handed to meanwhile.
 */
export async function addSignup(
  meeting: MeetingDoc,
  person: { id: Types.ObjectId; name: string },
  wait: boolean,
): Promise<{ outcome: SignupOutcome; promoted: MeetingSignupDoc[] }> {
  const key = { meetingId: meeting._id, personId: person.id };
  const res = await MeetingSignupModel.updateOne(
    { ...key, active: trusted({ $ne: true }), waiting: trusted({ $ne: true }) },
    {
      $set: {
        active: true,
        waiting: false,
        queuedAt: null,
        name: person.name,
        municipalityCode: meeting.municipalityCode,
      },
    },
    { upsert: true },
  )
    .exec()
    .catch((e: { code?: number }) => {
      if (e.code === 11000) return { modifiedCount: 0, upsertedCount: 0 };
      throw e;
    });
  if (res.modifiedCount !== 1 && res.upsertedCount !== 1) return { outcome: 'already', promoted: [] };
  const queued = meeting.cap !== null && (await firstWaiting(meeting._id)) !== null;
  if (!queued && (await takeSeat(meeting._id))) return { outcome: 'signedUp', promoted: [] };
  const now = await MeetingModel.findById(meeting._id).lean<MeetingDoc>().exec();
  if (!wait || !now || now.cancelledAt) {
    await MeetingSignupModel.updateOne({ ...key, active: true }, { $set: { active: false } }).exec();
    return { outcome: now?.cancelledAt ? 'cancelled' : 'full', promoted: [] };
  }
  await MeetingSignupModel.updateOne(
    { ...key, active: true },
    { $set: { active: false, waiting: true, queuedAt: new Date() } },
  ).exec();
  const promoted = await fillFromWaitingList(meeting._id);
  const mine = promoted.some((p) => p.personId.equals(person.id));
  return { outcome: mine ? 'signedUp' : 'waiting', promoted: promoted.filter((p) => !p.personId.equals(person.id)) };
}

/**
 * Cancels the person's sign-up or leaves the waiting list (kept, inactive); a place given back goes
 * to the first in line, unless the meeting is cancelled. Answers whether anything changed and who
 * got the place.
 */
export async function cancelSignup(
  meeting: MeetingDoc,
  personId: Types.ObjectId,
): Promise<{ changed: boolean; promoted: MeetingSignupDoc[] }> {
  const key = { meetingId: meeting._id, personId };
  const left = await MeetingSignupModel.updateOne(
    { ...key, waiting: true },
    { $set: { waiting: false, queuedAt: null } },
  ).exec();
  if (left.modifiedCount === 1) return { changed: true, promoted: [] };
  const res = await MeetingSignupModel.updateOne({ ...key, active: true }, { $set: { active: false } }).exec();
  if (res.modifiedCount !== 1) return { changed: false, promoted: [] };
  await giveSeat(meeting._id);
  return { changed: true, promoted: await fillFromWaitingList(meeting._id) };
}

/** The waiting lists of the meetings, first in line first. */
export function waitingSignups(meetingIds: readonly Types.ObjectId[]): Promise<MeetingSignupDoc[]> {
  return MeetingSignupModel.find({ meetingId: ids(meetingIds), waiting: true })
    .sort({ queuedAt: 1, _id: 1 })
    .lean<MeetingSignupDoc[]>()
    .exec();
}

/** The people to tell of a change: those holding a place and those waiting. */
export function signedUpAndWaiting(meetingId: Types.ObjectId): Promise<MeetingSignupDoc[]> {
  return MeetingSignupModel.find({ meetingId })
    .lean<MeetingSignupDoc[]>()
    .exec()
    .then((all) => all.filter((s) => s.active || s.waiting));
}

/**
 * Changes a meeting on the version its organiser saw, audited. A new cap is written only while no
 * more than it hold a place (`taken`, in the same conditional update), its free places set from
 * that count: 'belowTaken' with the count when more hold one. A stale version throws `conflict`.
 */
export async function updateMeeting(
  scope: EditScope,
  meeting: MeetingDoc,
  change: { expectedVersion: number; set: Partial<MeetingDoc>; action: string; cap?: number | null },
  conflict: (current: MeetingDoc | null) => Error,
): Promise<{ meeting: MeetingDoc } | { belowTaken: number }> {
  for (;;) {
    const current = await MeetingModel.findOne({ _id: meeting._id, ...municipalityFilter(scope) })
      .lean<MeetingDoc>()
      .exec();
    if (!current || current.version !== change.expectedVersion) throw conflict(current);
    const taken = current.taken ?? 0;
    const set: Partial<MeetingDoc> = { ...change.set };
    let where: Record<string, unknown> = { ...municipalityFilter(scope) };
    if (change.cap !== undefined && change.cap !== current.cap) {
      if (change.cap !== null && change.cap < taken) return { belowTaken: taken };
      set.cap = change.cap;
      set.seatsLeft = change.cap === null ? null : change.cap - taken;
      // The count the free places are set from must still hold when written: a sign-up or a cancel
      // in between moves it, and this loop reads again.
      where = { ...where, cap: current.cap, taken: current.taken === undefined ? null : taken };
    }
    try {
      const after = await updateVersioned<MeetingDoc>({
        viewer: scope.viewer,
        model: MeetingModel,
        id: meeting._id,
        where,
        expectedVersion: change.expectedVersion,
        update: { $set: set },
        action: change.action,
        targetType: 'meeting',
        conflict: () => new RetryMeetingWrite(),
      });
      return { meeting: after };
    } catch (e) {
      if (!(e instanceof RetryMeetingWrite)) throw e;
    }
  }
}

/** The version or the count moved between the read and the write: read again. */
class RetryMeetingWrite extends Error {}

/** The active sign-ups of the meetings (for counts, the viewer's own, and the organiser's list). */
export function activeSignups(meetingIds: readonly Types.ObjectId[]): Promise<MeetingSignupDoc[]> {
  return MeetingSignupModel.find({ meetingId: ids(meetingIds), active: true })
    .sort({ createdAt: 1, _id: 1 })
    .lean<MeetingSignupDoc[]>()
    .exec();
}

// Groups.

export function findGroup(scope: ReadScope, id: Types.ObjectId): Promise<MeetingGroupDoc | null> {
  return MeetingGroupModel.findOne({ _id: id, ...municipalityFilter(scope) })
    .lean<MeetingGroupDoc>()
    .exec();
}

/** The groups of the meetings in the scope, in their order. */
export function groupsOf(scope: ReadScope, meetingIds: readonly Types.ObjectId[]): Promise<MeetingGroupDoc[]> {
  return MeetingGroupModel.find({ meetingId: ids(meetingIds), ...municipalityFilter(scope) })
    .sort({ position: 1, _id: 1 })
    .lean<MeetingGroupDoc[]>()
    .exec();
}

export async function insertGroup(
  scope: EditScope,
  meeting: MeetingDoc,
  doc: Pick<MeetingGroupDoc, 'kind' | 'name'>,
): Promise<MeetingGroupDoc> {
  const position = await MeetingGroupModel.countDocuments({ meetingId: meeting._id }).exec();
  return createAudited<MeetingGroupDoc & { version: number }>({
    viewer: scope.viewer,
    model: MeetingGroupModel as never,
    doc: { ...doc, meetingId: meeting._id, municipalityCode: meeting.municipalityCode, position, memberIds: [] },
    action: 'meeting.group.create',
    targetType: 'meetingGroup',
  });
}

/**
 * Holds a meeting that is not cancelled for the rest of the transaction, by a write on it: a
 * cancelling committed at the same moment makes one of the two rerun and see the other. False when
 * the meeting is cancelled (or gone).
 */
async function holdOpenMeeting(session: ClientSession, meetingId: Types.ObjectId): Promise<boolean> {
  const held = await MeetingModel.updateOne(
    { _id: meetingId, cancelledAt: null },
    { $set: { updatedAt: new Date() } },
    { session, timestamps: false },
  ).exec();
  return held.matchedCount === 1;
}

/**
 * Makes the person a member of the group, and of no other group of its kind in the meeting; null,
 * changing nothing, when the meeting is cancelled (also at the same moment).
 */
export function joinGroup(group: MeetingGroupDoc, personId: Types.ObjectId): Promise<MeetingGroupDoc | null> {
  return inTransaction(async (session) => {
    if (!(await holdOpenMeeting(session, group.meetingId))) return null;
    await MeetingGroupModel.updateMany(
      { meetingId: group.meetingId, kind: group.kind, _id: trusted({ $ne: group._id }) },
      { $pull: { memberIds: personId } },
      { session },
    ).exec();
    return (await MeetingGroupModel.findOneAndUpdate(
      { _id: group._id },
      { $addToSet: { memberIds: personId } },
      { returnDocument: 'after', session },
    )
      .lean<MeetingGroupDoc>()
      .exec())!;
  });
}

/** Takes the person out of the group; their factors stay, the group's. */
export async function leaveGroup(group: MeetingGroupDoc, personId: Types.ObjectId): Promise<MeetingGroupDoc> {
  return (await MeetingGroupModel.findOneAndUpdate(
    { _id: group._id },
    { $pull: { memberIds: personId } },
    { returnDocument: 'after' },
  )
    .lean<MeetingGroupDoc>()
    .exec())!;
}

// Success factors. A group's factorCount is raised only while below the limit, in the same
// transaction as the factor and its audit event, so a sixth is refused also under concurrent writes.

export function findFactor(scope: ReadScope, id: Types.ObjectId): Promise<SuccessFactorDoc | null> {
  return SuccessFactorModel.findOne({ _id: id, ...municipalityFilter(scope) })
    .lean<SuccessFactorDoc>()
    .exec();
}

/** The factors of the groups, those not withdrawn (or with `withdrawn`, only the withdrawn ones), oldest first. */
export function factorsOfGroups(
  scope: ReadScope,
  groupIds: readonly Types.ObjectId[],
  withdrawn = false,
): Promise<SuccessFactorDoc[]> {
  return SuccessFactorModel.find({ groupId: ids(groupIds), withdrawn, ...municipalityFilter(scope) })
    .sort({ createdAt: 1, _id: 1 })
    .lean<SuccessFactorDoc[]>()
    .exec();
}

/** Adds a factor to the group; 'full' when the group already has its five, 'cancelled' when the meeting is (also at the same moment). */
export function insertFactor(
  scope: EditScope,
  group: MeetingGroupDoc,
  doc: Pick<SuccessFactorDoc, 'text' | 'authorId' | 'authorName'>,
): Promise<SuccessFactorDoc | 'full' | 'cancelled'> {
  return inTransaction(async (session) => {
    if (!(await holdOpenMeeting(session, group.meetingId))) return 'cancelled';
    const counted = await MeetingGroupModel.updateOne(
      { _id: group._id, factorCount: trusted({ $lt: MEETING_MAX.factorsPerGroup }), ...municipalityFilter(scope) },
      { $inc: { factorCount: 1 } },
      { session },
    ).exec();
    if (counted.modifiedCount !== 1) return 'full';
    const [created] = await SuccessFactorModel.create(
      [
        {
          ...doc,
          meetingId: group.meetingId,
          groupId: group._id,
          municipalityCode: group.municipalityCode,
          theme: null,
          editedAt: null,
          history: [],
          withdrawn: false,
          version: 1,
        },
      ],
      { session },
    );
    const factor = created!.toObject() as SuccessFactorDoc;
    await recordAudit(session, scope.viewer, {
      action: 'meeting.factor.create',
      targetType: 'successFactor',
      targetId: factor._id,
      municipalityCode: factor.municipalityCode,
      before: null,
      after: factor,
    });
    return factor;
  });
}

/**
 * Changes a factor (its text on the version its writer saw, the earlier text kept in its history;
 * or the theme on any version), audited.
 */
export function updateFactor(
  scope: EditScope,
  factor: SuccessFactorDoc,
  change: {
    expectedVersion: number | null;
    set: Partial<SuccessFactorDoc>;
    action: string;
    keepVersion?: boolean;
    /** The text changes: the one it replaces goes to the history. */
    newText?: boolean;
  },
  conflict: (current: SuccessFactorDoc | null) => Error,
): Promise<SuccessFactorDoc> {
  return updateVersioned<SuccessFactorDoc>({
    viewer: scope.viewer,
    model: SuccessFactorModel,
    id: factor._id,
    where: { withdrawn: false, ...municipalityFilter(scope) },
    expectedVersion: change.expectedVersion,
    keepVersion: change.keepVersion,
    update: change.newText
      ? {
          $set: change.set,
          $push: { history: { text: factor.text, editedAt: new Date(), editorName: scope.viewer.name } },
        }
      : { $set: change.set },
    action: change.action,
    targetType: 'successFactor',
    conflict,
    alsoInTransaction: change.set.withdrawn
      ? async (session) => {
          await MeetingGroupModel.updateOne({ _id: factor.groupId }, { $inc: { factorCount: -1 } }, { session }).exec();
        }
      : undefined,
  });
}

/** Inserts demo meetings, sign-ups, groups and factors as given (no request, no audit): demo and scripts only. */
export async function seedMeetings(data: {
  meetings?: Partial<MeetingDoc>[];
  signups?: Partial<MeetingSignupDoc>[];
  groups?: Partial<MeetingGroupDoc>[];
  factors?: Partial<SuccessFactorDoc>[];
}): Promise<void> {
  // The places taken follow the active sign-ups given, unless said.
  const taken = new Map<string, number>();
  for (const s of data.signups ?? [])
    if (s.active !== false && !s.waiting && s.meetingId)
      taken.set(s.meetingId.toHexString(), (taken.get(s.meetingId.toHexString()) ?? 0) + 1);
  if (data.meetings?.length)
    await MeetingModel.insertMany(
      data.meetings.map((m) => ({
        cancelledAt: null,
        cancelReason: null,
        ...m,
        taken: m.taken ?? (m._id ? (taken.get(m._id.toHexString()) ?? 0) : 0),
      })),
    );
  if (data.signups?.length) await MeetingSignupModel.insertMany(data.signups);
  if (data.groups?.length) await MeetingGroupModel.insertMany(data.groups);
  if (data.factors?.length) await SuccessFactorModel.insertMany(data.factors);
}
