import mongoose from 'mongoose';
import {
  editScope,
  loadEditable,
  loadVisible,
  readScope,
  requireViewer,
  toObjectId,
  type Viewer,
} from '../../auth/index.js';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type LocalizedText,
} from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { swedishDate } from '../annual-cycle/index.js';
import { findOrganisationByCode } from '../organisations/index.js';
import type { MeetingGroupKind, MeetingKind } from './meetings.enums.js';
import {
  addFactorInput,
  addGroupInput,
  cancelMeetingInput,
  createMeetingInput,
  editFactorInput,
  editMeetingInput,
  factorThemeInput,
} from './meetings.inputs.js';
import { meetingNotice, type MeetingNoticeKind } from './meeting-notices.js';
import {
  MEETING_MAX,
  type MeetingDoc,
  type MeetingGroupDoc,
  type MeetingSignupDoc,
  type SuccessFactorDoc,
} from './meetings.model.js';
import { canOrganiseMeetings, canReadMeetings, canSignUp, canWriteFactors } from './meetings.policy.js';
import {
  addSignup,
  cancelSignup,
  fillFromWaitingList,
  findFactor,
  findGroup,
  findMeeting,
  insertFactor,
  insertGroup,
  insertMeeting,
  joinGroup,
  leaveGroup,
  listMeetings,
  signedUpAndWaiting,
  updateFactor,
  updateMeeting,
} from './meetings.repository.js';
import { focusGroupTally, type TermTally } from './meetings.terms.js';

const MEETING: LocalizedText = { sv: 'Mötet', en: 'The meeting' };
const MEETINGS: LocalizedText = { sv: 'Kommunens möten', en: "The municipality's meetings" };
const GROUP: LocalizedText = { sv: 'Gruppen', en: 'The group' };
const FACTOR: LocalizedText = { sv: 'Framgångsfaktorn', en: 'The success factor' };

const oid = (id: string) => (mongoose.isValidObjectId(id) ? toObjectId(id) : null);

/** One meeting the viewer may read; NOT_FOUND for one of another municipality exactly as for an unknown id. */
export function findVisibleMeeting(viewer: Viewer | null, id: string): Promise<MeetingDoc> {
  const v = requireViewer({ viewer });
  const key = oid(id);
  return loadVisible(
    () => (key ? findMeeting(readScope(v), key) : Promise.resolve(null)),
    (m) => canReadMeetings(v, m.municipalityCode),
    MEETING,
  );
}

/** The municipality's meetings, the latest first; NOT_FOUND where the viewer reads nothing. */
export async function listVisibleMeetings(viewer: Viewer | null, municipalityCode: string): Promise<MeetingDoc[]> {
  const v = requireViewer({ viewer });
  if (!canReadMeetings(v, municipalityCode)) throw new NotFoundError(MEETINGS);
  return listMeetings(readScope(v), municipalityCode);
}

/** Per term, the focus groups held and planned against the commitment of one a term. */
export function focusGroupTerms(meetings: readonly MeetingDoc[], today = swedishDate()): TermTally[] {
  return focusGroupTally(
    meetings.filter((m) => m.kind === 'focusGroup').map((m) => m.date),
    today,
  );
}

/** The organiser creates a meeting of a kind, with its day, place, description and optional cap. */
export async function createMeeting(viewer: Viewer | null, raw: unknown): Promise<MeetingDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(createMeetingInput, raw, 'input');
  const owner = await findOrganisationByCode(input.municipalityCode);
  if (!owner || owner.kind !== 'municipality' || !canOrganiseMeetings(v, owner.code)) throw new ForbiddenError();
  const cap = input.cap ?? null;
  return insertMeeting(editScope(v), {
    ownerId: owner._id,
    municipalityCode: owner.code,
    kind: input.kind as MeetingKind,
    title: input.title,
    description: input.description,
    date: input.date,
    place: input.place,
    cap,
    seatsLeft: cap,
    taken: 0,
    cancelledAt: null,
    cancelReason: null,
  });
}

/** Whether the meeting's day has come (in Sweden): from then on its day stays as it is. */
export const hasStarted = (meeting: Pick<MeetingDoc, 'date'>, today = swedishDate()) => meeting.date <= today;

const meetingConflict = (current: MeetingDoc | null) =>
  new ConflictError(current, {
    sv: 'Mötet har ändrats av någon annan. Här är det som det är nu.',
    en: 'The meeting has been changed by someone else. Here it is as it is now.',
  });

/** The refusal of a write to a cancelled meeting, on the field named. */
export const meetingCancelled = (field: string) =>
  new BadInputError([
    {
      field,
      message: {
        sv: 'Mötet är inställt. Det går inte att anmäla sig, gå med i grupper eller skriva framgångsfaktorer längre.',
        en: 'The meeting is cancelled. Signing up, joining groups and writing success factors are closed.',
      },
    },
  ]);

/** Loads a meeting for the organiser: NOT_FOUND when hidden or absent, FORBIDDEN for a reader who does not organise. */
function meetingToOrganise(viewer: Viewer, id: string) {
  const key = oid(id);
  return loadEditable(
    () => (key ? findMeeting(readScope(viewer), key) : Promise.resolve(null)),
    {
      canSee: (m) => canReadMeetings(viewer, m.municipalityCode),
      canEdit: (m) => canOrganiseMeetings(viewer, m.municipalityCode),
    },
    MEETING,
  );
}

/** Tells the people holding a place or waiting of a change (never the one who made it). */
async function tellPeopleOf(kind: MeetingNoticeKind, meeting: MeetingDoc, actor: Viewer): Promise<void> {
  const people = await signedUpAndWaiting(meeting._id);
  await meetingNotice({ kind, meeting, actor, recipientIds: people.map((p) => p.personId) });
}

/** Tells those who got a place from the waiting list. */
async function tellPromoted(meeting: MeetingDoc, actor: Viewer, promoted: readonly MeetingSignupDoc[]): Promise<void> {
  if (promoted.length)
    await meetingNotice({ kind: 'meetingPlace', meeting, actor, recipientIds: promoted.map((p) => p.personId) });
}

/**
 * The organiser changes a meeting's title, description, day, place or cap on the version seen
 * (CONFLICT with the current one otherwise). The day stays once it has come, and cannot move to one
 * that has passed; a cap cannot go below the places taken. A new day or place is told to those
 * signed up and waiting; a raised cap hands its places to the waiting list.
 */
export async function editMeeting(viewer: Viewer | null, raw: unknown): Promise<MeetingDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(editMeetingInput, raw, 'input');
  const meeting = await meetingToOrganise(v, input.id);
  if (meeting.cancelledAt) throw meetingCancelled('input.id');
  const today = swedishDate();
  const set: Partial<MeetingDoc> = {};
  for (const key of ['title', 'description', 'place'] as const) if (input[key] !== undefined) set[key] = input[key];
  if (input.date !== undefined && input.date !== meeting.date) {
    if (hasStarted(meeting, today))
      throw new BadInputError([
        {
          field: 'input.date',
          message: {
            sv: 'Mötet har redan börjat, så dagen kan inte ändras längre.',
            en: 'The meeting has already started, so its day can no longer be changed.',
          },
        },
      ]);
    if (input.date < today)
      throw new BadInputError([
        {
          field: 'input.date',
          message: {
            sv: 'Dagen har redan passerat. Välj i dag eller en senare dag.',
            en: 'That day has already passed. Choose today or a later day.',
          },
        },
      ]);
    set.date = input.date;
  }
  const result = await updateMeeting(
    editScope(v),
    meeting,
    { expectedVersion: input.expectedVersion, set, action: 'meeting.edit', cap: input.cap },
    meetingConflict,
  );
  if ('belowTaken' in result)
    throw new BadInputError([
      {
        field: 'input.cap',
        message: {
          sv: `${result.belowTaken} har redan anmält sig. Antalet platser kan inte bli färre än så.`,
          en: `${result.belowTaken} have already signed up. The places cannot be fewer than that.`,
        },
      },
    ]);
  const after = result.meeting;
  if (after.date !== meeting.date || after.place !== meeting.place) await tellPeopleOf('meetingChanged', after, v);
  if (after.cap === null || (meeting.cap !== null && after.cap > meeting.cap))
    await tellPromoted(after, v, await fillFromWaitingList(after._id));
  return after;
}

/**
 * The organiser cancels a meeting with a reason, on the version seen: it stays, readable and
 * marked; sign-ups, groups and factors are closed; those signed up and waiting are told.
 */
export async function cancelMeeting(viewer: Viewer | null, raw: unknown): Promise<MeetingDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(cancelMeetingInput, raw, 'input');
  const meeting = await meetingToOrganise(v, input.id);
  if (meeting.cancelledAt) throw meetingConflict(meeting);
  const result = await updateMeeting(
    editScope(v),
    meeting,
    {
      expectedVersion: input.expectedVersion,
      set: { cancelledAt: new Date(), cancelReason: input.reason },
      action: 'meeting.cancel',
    },
    meetingConflict,
  );
  if (!('meeting' in result)) throw meetingConflict(meeting);
  await tellPeopleOf('meetingCancelled', result.meeting, v);
  return result.meeting;
}

const full = () =>
  new BadInputError([
    {
      field: 'id',
      message: {
        sv: 'Mötet är fullt: alla platser är tagna.',
        en: 'The meeting is full: every place is taken.',
      },
    },
  ]);

/** Loads a meeting for a sign-up: NOT_FOUND when hidden or absent, FORBIDDEN for a reader who may not sign up. */
function meetingToJoin(viewer: Viewer, id: string) {
  const key = oid(id);
  return loadEditable(
    () => (key ? findMeeting(readScope(viewer), key) : Promise.resolve(null)),
    {
      canSee: (m) => canReadMeetings(viewer, m.municipalityCode),
      canEdit: (m) => canSignUp(viewer, m.municipalityCode),
    },
    MEETING,
  );
}

/**
 * Signs the viewer up (again is a no-op); a full meeting is refused with a field error, or with
 * `wait` puts the viewer on its waiting list. A cancelled meeting is refused.
 */
export async function signUp(viewer: Viewer | null, id: string, wait = false): Promise<MeetingDoc> {
  const v = requireViewer({ viewer });
  const meeting = await meetingToJoin(v, id);
  if (meeting.cancelledAt) throw meetingCancelled('id');
  const { outcome, promoted } = await addSignup(meeting, { id: toObjectId(v.personId), name: v.name }, wait);
  await tellPromoted(meeting, v, promoted);
  if (outcome === 'full') throw full();
  if (outcome === 'cancelled') throw meetingCancelled('id');
  return meeting;
}

/**
 * Cancels the viewer's sign-up, or takes them off the waiting list (without either, nothing
 * changes); a place given back goes to the first in line, who is told.
 */
export async function cancelSignUp(viewer: Viewer | null, id: string): Promise<MeetingDoc> {
  const v = requireViewer({ viewer });
  const meeting = await meetingToJoin(v, id);
  const { promoted } = await cancelSignup(meeting, toObjectId(v.personId));
  await tellPromoted(meeting, v, promoted);
  return meeting;
}

// Groups of a dialogue meeting.

/** The organiser adds a home or expert group to a dialogue meeting. */
export async function addMeetingGroup(viewer: Viewer | null, raw: unknown): Promise<MeetingGroupDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(addGroupInput, raw, 'input');
  const key = toObjectId(input.meetingId);
  const meeting = await loadEditable(
    () => findMeeting(readScope(v), key),
    {
      canSee: (m) => canReadMeetings(v, m.municipalityCode),
      canEdit: (m) => canOrganiseMeetings(v, m.municipalityCode),
    },
    MEETING,
  );
  if (meeting.kind !== 'dialogueMeeting')
    throw new BadInputError([
      {
        field: 'input.meetingId',
        message: { sv: 'Bara ett dialogmöte har grupper.', en: 'Only a dialogue meeting has groups.' },
      },
    ]);
  return insertGroup(editScope(v), meeting, { kind: input.kind as MeetingGroupKind, name: input.name });
}

function groupToJoin(viewer: Viewer, id: string) {
  const key = oid(id);
  return loadEditable(
    () => (key ? findGroup(readScope(viewer), key) : Promise.resolve(null)),
    {
      canSee: (g) => canReadMeetings(viewer, g.municipalityCode),
      canEdit: (g) => canSignUp(viewer, g.municipalityCode),
    },
    GROUP,
  );
}

/** Refuses a write to a group or factor of a cancelled meeting, on the field named. */
async function refuseIfCancelled(viewer: Viewer, meetingId: MeetingDoc['_id'], field: string): Promise<void> {
  const meeting = await findMeeting(readScope(viewer), meetingId);
  if (meeting?.cancelledAt) throw meetingCancelled(field);
}

/** The viewer joins a group (and leaves any other group of its kind in the meeting); closed once the meeting is cancelled. */
export async function joinMeetingGroup(viewer: Viewer | null, id: string): Promise<MeetingGroupDoc> {
  const v = requireViewer({ viewer });
  const group = await groupToJoin(v, id);
  await refuseIfCancelled(v, group.meetingId, 'id');
  const joined = await joinGroup(group, toObjectId(v.personId));
  if (!joined) throw meetingCancelled('id');
  return joined;
}

/** The viewer leaves a group (not a member: nothing changes); the factors they wrote stay the group's. */
export async function leaveMeetingGroup(viewer: Viewer | null, id: string): Promise<MeetingGroupDoc> {
  const v = requireViewer({ viewer });
  const group = await groupToJoin(v, id);
  return leaveGroup(group, toObjectId(v.personId));
}

// Success factors.

const tooMany = () =>
  new BadInputError([
    {
      field: 'input.text',
      message: {
        sv: `Gruppen har redan ${MEETING_MAX.factorsPerGroup} framgångsfaktorer. Ändra eller dra tillbaka en först.`,
        en: `The group already has ${MEETING_MAX.factorsPerGroup} success factors. Change or withdraw one first.`,
      },
    },
  ]);

const factorConflict = (current: SuccessFactorDoc | null) =>
  new ConflictError(current, {
    sv: 'Framgångsfaktorn har ändrats av någon annan. Här är den som den är nu.',
    en: 'The success factor has been changed by someone else. Here it is as it is now.',
  });

/** A member of a home group or the organiser adds one of the group's (at most five) success factors. */
export async function addSuccessFactor(viewer: Viewer | null, raw: unknown): Promise<SuccessFactorDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(addFactorInput, raw, 'input');
  const key = toObjectId(input.groupId);
  const group = await loadEditable(
    () => findGroup(readScope(v), key),
    { canSee: (g) => canReadMeetings(v, g.municipalityCode), canEdit: (g) => canWriteFactors(v, g) },
    GROUP,
  );
  if (group.kind !== 'home')
    throw new BadInputError([
      {
        field: 'input.groupId',
        message: {
          sv: 'Framgångsfaktorer skrivs i hemgrupperna.',
          en: 'Success factors are written in the home groups.',
        },
      },
    ]);
  await refuseIfCancelled(v, group.meetingId, 'input.groupId');
  const factor = await insertFactor(editScope(v), group, {
    text: input.text,
    authorId: toObjectId(v.personId),
    authorName: v.name,
  });
  if (factor === 'full') throw tooMany();
  if (factor === 'cancelled') throw meetingCancelled('input.groupId');
  return factor;
}

/** Loads a factor and its group for a change by `may`: NOT_FOUND when hidden or absent, FORBIDDEN otherwise. */
async function factorToChange(
  viewer: Viewer,
  id: string,
  may: (group: MeetingGroupDoc) => boolean,
  field = 'input.id',
) {
  const key = oid(id);
  const scope = readScope(viewer);
  const factor = await loadVisible(
    () => (key ? findFactor(scope, key) : Promise.resolve(null)),
    (f) => canReadMeetings(viewer, f.municipalityCode),
    FACTOR,
  );
  const group = await findGroup(scope, factor.groupId);
  if (!group || !may(group)) throw new ForbiddenError();
  await refuseIfCancelled(viewer, factor.meetingId, field);
  return factor;
}

/** Rewords a factor on the version its writer saw; every earlier wording stays in its history and the audit log. */
export async function editSuccessFactor(viewer: Viewer | null, raw: unknown): Promise<SuccessFactorDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(editFactorInput, raw, 'input');
  const factor = await factorToChange(v, input.id, (g) => canWriteFactors(v, g));
  if (factor.withdrawn) throw factorConflict(factor);
  return updateFactor(
    editScope(v),
    factor,
    {
      expectedVersion: input.expectedVersion,
      set: { text: input.text, editedAt: new Date() },
      action: 'meeting.factor.edit',
      newText: true,
    },
    factorConflict,
  );
}

/** Withdraws a factor on the version its writer saw: it is kept, marked, and frees the group's place. */
export async function withdrawSuccessFactor(
  viewer: Viewer | null,
  id: string,
  expectedVersion: number,
): Promise<SuccessFactorDoc> {
  const v = requireViewer({ viewer });
  const factor = await factorToChange(v, id, (g) => canWriteFactors(v, g), 'id');
  if (factor.withdrawn) throw factorConflict(factor);
  return updateFactor(
    editScope(v),
    factor,
    { expectedVersion, set: { withdrawn: true }, action: 'meeting.factor.withdraw' },
    factorConflict,
  );
}

/** The organiser gives a factor its theme (empty clears it); the text's version stays as it is. */
export async function setSuccessFactorTheme(viewer: Viewer | null, raw: unknown): Promise<SuccessFactorDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(factorThemeInput, raw, 'input');
  const factor = await factorToChange(v, input.id, (g) => canOrganiseMeetings(v, g.municipalityCode));
  return updateFactor(
    editScope(v),
    factor,
    {
      expectedVersion: null,
      set: { theme: input.theme || null },
      action: 'meeting.factor.theme',
      keepVersion: true,
    },
    factorConflict,
  );
}

/** One theme of the synthesis: its factors across the home groups, in the groups' order. */
export interface ThemeOfFactors {
  theme: string | null;
  factors: SuccessFactorDoc[];
}

/**
 * The synthesis: the meeting's factors grouped by theme (the themes in Swedish alphabetical order,
 * the factors without a theme last), each theme's factors in the order of their groups.
 */
export function synthesis(groups: readonly MeetingGroupDoc[], factors: readonly SuccessFactorDoc[]): ThemeOfFactors[] {
  const order = new Map(groups.map((g, i) => [g._id.toHexString(), i]));
  const byTheme = new Map<string | null, SuccessFactorDoc[]>();
  for (const f of factors) {
    const key = f.theme?.trim() || null;
    byTheme.set(key, [...(byTheme.get(key) ?? []), f]);
  }
  const themes = [...byTheme.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'sv')));
  return themes.map((theme) => ({
    theme,
    factors: byTheme
      .get(theme)!
      .slice()
      .sort((x, y) => (order.get(x.groupId.toHexString()) ?? 0) - (order.get(y.groupId.toHexString()) ?? 0)),
  }));
}

/** A success factor the viewer may read, with its meeting and group; NOT_FOUND for one elsewhere exactly as for an unknown id. */
export async function findVisibleFactor(
  viewer: Viewer | null,
  id: string,
): Promise<{ factor: SuccessFactorDoc; meeting: MeetingDoc; group: MeetingGroupDoc }> {
  const v = requireViewer({ viewer });
  const key = oid(id);
  const scope = readScope(v);
  const factor = await loadVisible(
    () => (key ? findFactor(scope, key) : Promise.resolve(null)),
    (f) => canReadMeetings(v, f.municipalityCode),
    FACTOR_WHAT,
  );
  const [meeting, group] = await Promise.all([findMeeting(scope, factor.meetingId), findGroup(scope, factor.groupId)]);
  if (!meeting || !group) throw new NotFoundError(FACTOR_WHAT);
  return { factor, meeting, group };
}

const FACTOR_WHAT = { sv: 'Framgångsfaktorn', en: 'The success factor' };
