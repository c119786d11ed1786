// The shared setup of the meetings API tests (meetings.test.ts, meetings-changes.test.ts): the
// operations both ask, and meetings and groups written straight to the database.
import mongoose from 'mongoose';
import { seedMeetings, type MeetingDoc, type MeetingGroupDoc } from '../../server/src/modules/meetings/index.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import { swedishDay } from './days.js';

/** A meeting's own fields, as the viewer sees them (no lists of people, no groups). */
export const MEETING_FIELDS = `id municipalityCode kind title description date place cap signedUpCount seatsLeft
  viewerSignedUp viewerWaitingPosition waitingCount started cancelledAt cancelReason canSignUp canOrganise version`;
export const SIGN_UP = `mutation($id: ID!) { signUpForMeeting(id: $id) { ${MEETING_FIELDS} } }`;
export const CANCEL_SIGN_UP = `mutation($id: ID!) { cancelMeetingSignUp(id: $id) { ${MEETING_FIELDS} } }`;
export const JOIN_GROUP = `mutation($id: ID!) { joinMeetingGroup(id: $id) { id memberCount viewerIsMember canWriteFactors } }`;
/** A success factor's fields, with its group and earlier wordings. */
export const FACTOR_FIELDS = `id text theme version editedAt authorName canEdit canSetTheme group { id name }
  history { text editorName }`;
export const ADD_FACTOR = `mutation($i: AddSuccessFactorInput!) { addSuccessFactor(input: $i) { ${FACTOR_FIELDS} } }`;
export const EDIT_FACTOR = `mutation($i: EditSuccessFactorInput!) { editSuccessFactor(input: $i) { ${FACTOR_FIELDS} } }`;
export const WITHDRAW_FACTOR = `mutation($id: ID!, $v: Int!) { withdrawSuccessFactor(id: $id, expectedVersion: $v) { id version } }`;

/**
 * A dialogue meeting of `owner` written straight to the database (the test-only door), 30 days
 * ahead, in the Aulan, without a cap unless `over` says otherwise; returns its id.
 */
export async function seedMeeting(owner: OrganisationDoc, over: Partial<MeetingDoc> = {}): Promise<string> {
  const _id = new mongoose.Types.ObjectId();
  const cap = over.cap ?? null;
  await seedMeetings({
    meetings: [
      {
        _id,
        ownerId: owner._id,
        municipalityCode: owner.municipalityCode,
        kind: 'dialogueMeeting',
        title: 'Dialogmöte',
        description: '',
        date: swedishDay(30),
        place: 'Aulan',
        cap,
        seatsLeft: cap,
        version: 1,
        ...over,
      },
    ],
  });
  return _id.toHexString();
}

/** An empty home group "Lärare" of a meeting of `owner`, written straight to the database; returns its id. */
export async function seedGroup(
  owner: OrganisationDoc,
  meetingId: string,
  over: Partial<MeetingGroupDoc> = {},
): Promise<string> {
  const _id = new mongoose.Types.ObjectId();
  await seedMeetings({
    groups: [
      {
        _id,
        meetingId: new mongoose.Types.ObjectId(meetingId),
        municipalityCode: owner.municipalityCode,
        kind: 'home',
        name: 'Lärare',
        position: 0,
        memberIds: [],
        factorCount: 0,
        ...over,
      },
    ],
  });
  return _id.toHexString();
}
