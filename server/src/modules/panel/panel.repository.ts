import mongoose, { type ClientSession, type Types } from 'mongoose';
import type { EditScope, MunicipalityScope, ReadScope } from '../../auth/index.js';
import { createAudited, inTransaction, recordAudit, updateVersioned } from '../audit/index.js';
import {
  HasAnsweredModel,
  PanelMemberModel,
  PanelSettingsModel,
  PollAnswerModel,
  PollModel,
  PollInvitedModel,
  PollTextModel,
  randomId,
  type PollInvitedDoc,
  type PanelMemberDoc,
  type PollAnswerDoc,
  type PollDoc,
  type PollTextDoc,
} from './panel.model.js';

// Every read of polls takes the viewer's scope: the municipality's administration (the scope's
// `all`) reads drafts too; every reading role (the scope's `published`) reads open and closed polls.
// Answers and has-answered records are read only as counts and aggregates, never listed.

const trusted = mongoose.trusted;
const codes = (scope: MunicipalityScope) => (scope === 'all' ? {} : { municipalityCode: trusted({ $in: [...scope] }) });

/** The query condition that keeps a read of polls inside the scope. */
export function pollFilter(scope: ReadScope): Record<string, unknown> {
  if (scope.all === 'all') return {};
  const branches: Record<string, unknown>[] = [];
  if (scope.all.length) branches.push(codes(scope.all));
  if (scope.published === 'all' || scope.published.length)
    branches.push({ ...codes(scope.published), state: trusted({ $in: ['open', 'closed'] }) });
  return branches.length ? { $or: trusted(branches) } : { _id: null };
}

export function findPoll(scope: ReadScope, id: Types.ObjectId): Promise<PollDoc | null> {
  return PollModel.findOne({ _id: id, ...pollFilter(scope) })
    .lean<PollDoc>()
    .exec();
}

export function listPolls(scope: ReadScope, municipalityCode: string): Promise<PollDoc[]> {
  return PollModel.find({ municipalityCode, ...pollFilter(scope) })
    .sort({ closesOn: -1, _id: -1 })
    .limit(500)
    .lean<PollDoc[]>()
    .exec();
}

export function insertPoll(scope: EditScope, doc: Omit<PollDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>) {
  return createAudited<PollDoc>({
    viewer: scope.viewer,
    model: PollModel,
    doc: doc as unknown as Record<string, unknown>,
    action: 'poll.create',
    targetType: 'poll',
  });
}

export function updatePoll(
  scope: EditScope,
  id: Types.ObjectId,
  expectedVersion: number | null,
  where: Record<string, unknown>,
  set: Partial<PollDoc>,
  action: string,
  conflict: (current: PollDoc | null) => Error,
  invite: Array<Omit<PollInvitedDoc, '_id' | 'pollId'>> = [],
) {
  return updateVersioned<PollDoc>({
    alsoInTransaction: async (session) => {
      if (invite.length)
        await PollInvitedModel.insertMany(
          invite.map((i) => ({ _id: randomId(), pollId: id, ...i })),
          { session },
        );
    },
    viewer: scope.viewer,
    model: PollModel,
    id,
    where: { ...where, ...codes(scope.all) },
    expectedVersion,
    update: { $set: set },
    action,
    targetType: 'poll',
    conflict,
  });
}

export function deletePollDraft(scope: EditScope, poll: PollDoc) {
  return inTransaction(async (session) => {
    const res = await PollModel.deleteOne({ _id: poll._id, state: 'draft', version: poll.version }, { session });
    if (res.deletedCount !== 1) return false;
    await recordAudit(session, scope.viewer, {
      action: 'poll.delete',
      targetType: 'poll',
      targetId: poll._id,
      municipalityCode: poll.municipalityCode,
      before: poll,
      after: null,
    });
    return true;
  });
}

// Panel membership.

export function findMember(personId: Types.ObjectId, municipalityCode: string): Promise<PanelMemberDoc | null> {
  return PanelMemberModel.findOne({ personId, municipalityCode }).lean<PanelMemberDoc>().exec();
}

export function membersOfPerson(personId: Types.ObjectId): Promise<PanelMemberDoc[]> {
  return PanelMemberModel.find({ personId }).lean<PanelMemberDoc[]>().exec();
}

/** The active members of a municipality's panel (for audience sizes; never listed to a client). */
export function activeMembers(municipalityCode: string): Promise<PanelMemberDoc[]> {
  return PanelMemberModel.find({ municipalityCode, active: true }).lean<PanelMemberDoc[]>().exec();
}

/** Joins (again) or changes a membership, with its audit event. */
export function upsertMember(
  actor: EditScope['viewer'],
  member: Pick<PanelMemberDoc, 'personId' | 'municipalityCode' | 'unitId' | 'schoolForm' | 'subject' | 'active'>,
) {
  return inTransaction(async (session) => {
    const before = await PanelMemberModel.findOne({
      personId: member.personId,
      municipalityCode: member.municipalityCode,
    })
      .session(session)
      .lean<PanelMemberDoc>()
      .exec();
    const after = await PanelMemberModel.findOneAndUpdate(
      { personId: member.personId, municipalityCode: member.municipalityCode },
      { $set: member, $inc: { version: 1 } },
      { session, upsert: true, returnDocument: 'after', runValidators: true, setDefaultsOnInsert: true },
    )
      .lean<PanelMemberDoc>()
      .exec();
    await recordAudit(session, actor, {
      action: member.active ? (before?.active ? 'panel.update' : 'panel.join') : 'panel.leave',
      targetType: 'panelMember',
      targetId: after!._id,
      municipalityCode: member.municipalityCode,
      before,
      after,
    });
    return after!;
  });
}

// Settings.

export async function thresholdOf(municipalityCode: string): Promise<number | null> {
  const s = await PanelSettingsModel.findOne({ municipalityCode }).lean().exec();
  return s?.k ?? null;
}

export function setThreshold(actor: EditScope['viewer'], municipalityCode: string, k: number) {
  return inTransaction(async (session) => {
    const before = await PanelSettingsModel.findOne({ municipalityCode }).session(session).lean().exec();
    const after = await PanelSettingsModel.findOneAndUpdate(
      { municipalityCode },
      { $set: { k }, $inc: { version: 1 } },
      { session, upsert: true, returnDocument: 'after', runValidators: true },
    )
      .lean()
      .exec();
    await recordAudit(session, actor, {
      action: 'panel.threshold',
      targetType: 'panelSettings',
      targetId: after!._id,
      municipalityCode,
      before,
      after,
    });
    return after!.k;
  });
}

// Answers. The has-answered record and the answer are written in one transaction; the unique index
// on (poll, person) refuses a second answer, and the transaction then leaves nothing behind.

export function insertAnswer(
  pollId: Types.ObjectId,
  personId: Types.ObjectId,
  answer: Omit<PollAnswerDoc, '_id' | 'pollId'>,
  texts: Array<Omit<PollTextDoc, '_id' | 'pollId'>>,
): Promise<void> {
  return inTransaction(async (session: ClientSession) => {
    await HasAnsweredModel.create([{ _id: randomId(), pollId, personId }], { session });
    await PollAnswerModel.create([{ _id: randomId(), pollId, ...answer }], { session });
    if (texts.length)
      await PollTextModel.create(
        texts.map((t) => ({ _id: randomId(), pollId, ...t })),
        { session, ordered: true },
      );
  });
}

/** The person's invitation to a poll (with the groups they answer as), or null. */
export function invitationOf(pollId: Types.ObjectId, personId: Types.ObjectId): Promise<PollInvitedDoc | null> {
  return PollInvitedModel.findOne({ pollId, personId }).lean<PollInvitedDoc>().exec();
}

/** How many were invited to a poll, in all and per group of each dimension (never who). */
export async function invitedGroups(
  pollId: Types.ObjectId,
): Promise<{ size: number; groups: PollInvitedDoc['groups'][] }> {
  const rows = await PollInvitedModel.find({ pollId }, { groups: 1 }).lean<PollInvitedDoc[]>().exec();
  return { size: rows.length, groups: rows.map((r) => r.groups) };
}

/** Which of the polls the person was invited to. */
export async function invitedAmong(pollIds: Types.ObjectId[], personId: Types.ObjectId): Promise<Set<string>> {
  const rows = await PollInvitedModel.find({ pollId: trusted({ $in: pollIds }), personId }, { pollId: 1 })
    .lean()
    .exec();
  return new Set(rows.map((r) => r.pollId.toHexString()));
}

export async function hasAnswered(pollId: Types.ObjectId, personId: Types.ObjectId): Promise<boolean> {
  return (await HasAnsweredModel.countDocuments({ pollId, personId }).exec()) > 0;
}

/** Which of the polls the person has answered. */
export async function answeredAmong(pollIds: Types.ObjectId[], personId: Types.ObjectId): Promise<Set<string>> {
  const rows = await HasAnsweredModel.find({ pollId: trusted({ $in: pollIds }), personId }, { pollId: 1 })
    .lean()
    .exec();
  return new Set(rows.map((r) => r.pollId.toHexString()));
}

export function answerCount(pollId: Types.ObjectId): Promise<number> {
  return HasAnsweredModel.countDocuments({ pollId }).exec();
}

/** Every answer of a poll, for counting only; the order is the id's (random), never the stored one. */
export function answersOf(pollId: Types.ObjectId): Promise<PollAnswerDoc[]> {
  return PollAnswerModel.find({ pollId }).sort({ _id: 1 }).lean<PollAnswerDoc[]>().exec();
}

/** A question's free-text answers, sorted by their text. */
export async function textsOf(pollId: Types.ObjectId, questionId: string): Promise<string[]> {
  const rows = await PollTextModel.find({ pollId, questionId }, { text: 1 }).lean().exec();
  return rows.map((r) => r.text).sort((a, b) => a.localeCompare(b, 'sv'));
}

/** Inserts demo polls, memberships, answers and records as given (no request, no audit): demo and scripts only. */
export async function seedPanel(data: {
  members?: Partial<PanelMemberDoc>[];
  polls?: Partial<PollDoc>[];
  invited?: Array<Omit<PollInvitedDoc, '_id'>>;
  answers?: Array<{ pollId: Types.ObjectId; personId: Types.ObjectId; answer: Omit<PollAnswerDoc, '_id' | 'pollId'> }>;
  texts?: Array<Omit<PollTextDoc, '_id'>>;
}): Promise<void> {
  if (data.members?.length) await PanelMemberModel.insertMany(data.members);
  if (data.polls?.length) await PollModel.insertMany(data.polls);
  if (data.invited?.length) await PollInvitedModel.insertMany(data.invited.map((i) => ({ _id: randomId(), ...i })));
  if (data.answers?.length) {
    await HasAnsweredModel.insertMany(
      data.answers.map((a) => ({ _id: randomId(), pollId: a.pollId, personId: a.personId })),
    );
    // Stored in a shuffled order, so not even the insert order follows the people.
    const shuffled = data.answers.map((a) => ({ _id: randomId(), pollId: a.pollId, ...a.answer }));
    shuffled.sort((x, y) => x._id.localeCompare(y._id));
    await PollAnswerModel.insertMany(shuffled);
  }
  if (data.texts?.length) await PollTextModel.insertMany(data.texts.map((t) => ({ _id: randomId(), ...t })));
}
