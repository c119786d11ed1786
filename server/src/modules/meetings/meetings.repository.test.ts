import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { makeMunicipality, makeViewer, useTestDatabase } from '../../test/factories.js';
import { editScope } from '../../auth/index.js';
import {
  MeetingGroupModel,
  MeetingModel,
  SuccessFactorModel,
  type MeetingDoc,
  type MeetingGroupDoc,
} from './meetings.model.js';
import { insertFactor, joinGroup } from './meetings.repository.js';

useTestDatabase();

/** A dialogue meeting with one home group, cancelled or not. */
async function meetingWithGroup(cancelled = false) {
  const municipality = await makeMunicipality();
  const organiser = await makeViewer('administration', municipality);
  const [meeting] = await MeetingModel.create([
    {
      ownerId: municipality._id,
      municipalityCode: municipality.code,
      kind: 'dialogueMeeting',
      title: 'Dialogmöte kring Topp 25',
      date: '2027-03-01',
      place: 'Club 700',
      ...(cancelled ? { cancelledAt: new Date(), cancelReason: 'Sjukdom' } : {}),
    },
  ]);
  const [group] = await MeetingGroupModel.create([
    { meetingId: meeting!._id, municipalityCode: municipality.code, kind: 'home', name: 'Grupp 1', position: 0 },
  ]);
  return {
    scope: editScope(organiser),
    meeting: meeting!.toObject() as MeetingDoc,
    group: group!.toObject() as MeetingGroupDoc,
  };
}

const factor = { text: 'Tydliga mål 🎯', authorId: new mongoose.Types.ObjectId(), authorName: 'Eva Berg' };

describe('what a cancelled meeting takes no more of', () => {
  it('a member joins a group and writes a factor while the meeting is on; nothing once it is cancelled', async () => {
    const on = await meetingWithGroup();
    const person = new mongoose.Types.ObjectId();
    expect((await joinGroup(on.group, person))?.memberIds.map(String)).toEqual([String(person)]);
    expect(await insertFactor(on.scope, on.group, factor)).toMatchObject({ text: factor.text });
    const off = await meetingWithGroup(true);
    expect(await joinGroup(off.group, person)).toBeNull();
    expect(await insertFactor(off.scope, off.group, factor)).toBe('cancelled');
    expect((await MeetingGroupModel.findById(off.group._id).lean())?.memberIds).toEqual([]);
    expect(await SuccessFactorModel.countDocuments({ groupId: off.group._id })).toBe(0);
  });

  it('a join and a factor sent while a cancelling is in flight wait for it, then change nothing', async () => {
    const { scope, meeting, group } = await meetingWithGroup();
    const session = await mongoose.startSession();
    session.startTransaction();
    await MeetingModel.updateOne(
      { _id: meeting._id },
      { $set: { cancelledAt: new Date(), cancelReason: 'Sjukdom' } },
      { session },
    );
    const joined = joinGroup(group, new mongoose.Types.ObjectId());
    const written = insertFactor(scope, group, factor);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await session.commitTransaction();
    await session.endSession();
    expect(await joined).toBeNull();
    expect(await written).toBe('cancelled');
    expect((await MeetingGroupModel.findById(group._id).lean())?.memberIds).toEqual([]);
    expect(await SuccessFactorModel.countDocuments({ groupId: group._id })).toBe(0);
  });
});
