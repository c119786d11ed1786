import mongoose, { type Types } from 'mongoose';
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
// several concurrent sign-ups of a person win; only the winner takes a place, from the meeting's
// seatsLeft with a conditional decrement (one document, atomic), so however many sign up at once
// no more than the cap get in. A winner who finds no place left is turned back (inactive again).

/** Takes a place; false when the meeting is full. A meeting without a cap always has one. */
async function takeSeat(meeting: MeetingDoc): Promise<boolean> {
  if (meeting.cap === null) return true;
  const res = await MeetingModel.updateOne(
    { _id: meeting._id, seatsLeft: trusted({ $gt: 0 }) },
    { $inc: { seatsLeft: -1 } },
  ).exec();
  return res.modifiedCount === 1;
}

async function giveSeat(meeting: MeetingDoc): Promise<void> {
  if (meeting.cap === null) return;
  await MeetingModel.updateOne({ _id: meeting._id }, { $inc: { seatsLeft: 1 } }).exec();
}

/** Signs the person up: 'signedUp', 'already' (nothing changes) or 'full'. */
export async function addSignup(
  meeting: MeetingDoc,
  person: { id: Types.ObjectId; name: string },
): Promise<'signedUp' | 'already' | 'full'> {
  const key = { meetingId: meeting._id, personId: person.id };
  const res = await MeetingSignupModel.updateOne(
    { ...key, active: trusted({ $ne: true }) },
    { $set: { active: true, name: person.name, municipalityCode: meeting.municipalityCode } },
    { upsert: true },
  )
    .exec()
    .catch((e: { code?: number }) => {
      if (e.code === 11000) return { modifiedCount: 0, upsertedCount: 0 };
      throw e;
    });
  if (res.modifiedCount !== 1 && res.upsertedCount !== 1) return 'already';
  if (await takeSeat(meeting)) return 'signedUp';
  await MeetingSignupModel.updateOne({ ...key, active: true }, { $set: { active: false } }).exec();
  return 'full';
}

/** Cancels the person's sign-up (kept, inactive) and gives the place back; false when there was none. */
export async function cancelSignup(meeting: MeetingDoc, personId: Types.ObjectId): Promise<boolean> {
  const res = await MeetingSignupModel.updateOne(
    { meetingId: meeting._id, personId, active: true },
    { $set: { active: false } },
  ).exec();
  if (res.modifiedCount !== 1) return false;
  await giveSeat(meeting);
  return true;
}

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

/** Makes the person a member of the group, and of no other group of its kind in the meeting. */
export async function joinGroup(group: MeetingGroupDoc, personId: Types.ObjectId): Promise<MeetingGroupDoc> {
  await MeetingGroupModel.updateMany(
    { meetingId: group.meetingId, kind: group.kind, _id: trusted({ $ne: group._id }) },
    { $pull: { memberIds: personId } },
  ).exec();
  return (await MeetingGroupModel.findOneAndUpdate(
    { _id: group._id },
    { $addToSet: { memberIds: personId } },
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

/** The factors of the groups that are not withdrawn, oldest first. */
export function factorsOfGroups(scope: ReadScope, groupIds: readonly Types.ObjectId[]): Promise<SuccessFactorDoc[]> {
  return SuccessFactorModel.find({ groupId: ids(groupIds), withdrawn: false, ...municipalityFilter(scope) })
    .sort({ createdAt: 1, _id: 1 })
    .lean<SuccessFactorDoc[]>()
    .exec();
}

/** Adds a factor to the group; null when the group already has its five. */
export function insertFactor(
  scope: EditScope,
  group: MeetingGroupDoc,
  doc: Pick<SuccessFactorDoc, 'text' | 'authorId' | 'authorName'>,
): Promise<SuccessFactorDoc | null> {
  return inTransaction(async (session) => {
    const counted = await MeetingGroupModel.updateOne(
      { _id: group._id, factorCount: trusted({ $lt: MEETING_MAX.factorsPerGroup }), ...municipalityFilter(scope) },
      { $inc: { factorCount: 1 } },
      { session },
    ).exec();
    if (counted.modifiedCount !== 1) return null;
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
  if (data.meetings?.length) await MeetingModel.insertMany(data.meetings);
  if (data.signups?.length) await MeetingSignupModel.insertMany(data.signups);
  if (data.groups?.length) await MeetingGroupModel.insertMany(data.groups);
  if (data.factors?.length) await SuccessFactorModel.insertMany(data.factors);
}
