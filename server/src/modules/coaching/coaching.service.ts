import mongoose, { type Types } from 'mongoose';
import { isAdmin, requireViewer, rolesIn, tryObjectId, type Viewer } from '../../auth/index.js';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type FieldProblem,
  type LocalizedText,
} from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { findMunicipality, findOrganisation } from '../organisations/index.js';
import { findPeople, teachersOfUnits } from '../people/index.js';
import type { CoachingEntryKind, CoachingSubject } from './coaching.enums.js';
import {
  acceptRequestInput,
  addEntryInput,
  agreementInput,
  closeInput,
  coachProfileInput,
  declineRequestInput,
  forwardRequestInput,
  goalInput,
  requestCoachingInput,
  updateEntryInput,
} from './coaching.inputs.js';
import { COACHING_MAX, type CoachingEntryDoc, type CoachingRequestDoc, type EngagementDoc } from './coaching.model.js';
import {
  canAcceptRequest,
  canDeclineRequest,
  canForwardRequest,
  canReadRequest,
  canWithdrawRequest,
  engagementAccess,
  isCoachServiceOf,
  isParty,
  isPrincipalOfUnit,
  isTeacherOf,
  isTeacherOfUnit,
} from './coaching.policy.js';
import {
  EngagementClosedError,
  EngagementFullError,
  findEngagement,
  findEngagements,
  findEntryForParty,
  findRequest,
  insertEngagement,
  insertEntry,
  insertRequest,
  listCoachProfiles,
  listEngagements,
  listRequests,
  readContent,
  recordContentRead,
  updateEngagement,
  updateEntry,
  updateRequest,
  upsertCoachProfile,
  type EngagementContentDoc,
  type EngagementFactsDoc,
} from './coaching.repository.js';
import type { CoachView, CoachingBoardView, EngagementView, UnitTeachersView } from './coaching.views.js';

// The coaching module's use cases. Every path to an engagement asks coaching.policy.ts
// engagementAccess; the repository has already put the same rule into its database filter. Those
// without access get the one NOT_FOUND an unknown id gets, after the same queries.

const ENGAGEMENT: LocalizedText = { sv: 'Coachningen', en: 'The coaching engagement' };
const REQUEST: LocalizedText = { sv: 'Förfrågan om coachning', en: 'The coaching request' };
const BOARD: LocalizedText = { sv: 'Kommunens coachning', en: "The municipality's coaching" };

/** An id from input as a key; a malformed one becomes a fresh id, so it is looked up like any unknown one. */
const key = (id: unknown): Types.ObjectId => tryObjectId(id) ?? new mongoose.Types.ObjectId();
const me = (v: Viewer) => new mongoose.Types.ObjectId(v.personId);

const field = (f: string, sv: string, en: string): FieldProblem => ({ field: `input.${f}`, message: { sv, en } });
const bad = (f: string, sv: string, en: string) => new BadInputError([field(f, sv, en)]);

const closed = () =>
  new ForbiddenError({
    sv: 'Coachningen är avslutad. Inget mer kan skrivas i den.',
    en: 'The coaching engagement is closed. Nothing more can be written in it.',
  });

// What a CONFLICT carries: the thing as it is now, to those who may change it (parties only for an engagement).
const requestNow = (r: CoachingRequestDoc) => ({
  id: r._id.toHexString(),
  version: r.version,
  state: r.state,
  timeAgreed: r.timeAgreed,
  roomAgreed: r.roomAgreed,
  declineReason: r.declineReason,
});
const engagementNow = (e: EngagementDoc) => ({
  id: e._id.toHexString(),
  version: e.version,
  state: e.state,
  agreement: { sharesDates: e.agreement.sharesDates, sharesStatus: e.agreement.sharesStatus },
  goal: e.goal,
  summary: e.summary,
  closedAt: e.closedAt,
});
const entryNow = (x: CoachingEntryDoc) => ({
  id: x._id.toHexString(),
  version: x.version,
  kind: x.kind,
  date: x.date,
  text: x.text,
  done: x.done,
});

const requestConflict = (current: CoachingRequestDoc | null) =>
  new ConflictError(current && requestNow(current), {
    sv: 'Förfrågan har ändrats av någon annan. Här är den som den är nu.',
    en: 'The request has been changed by someone else. Here it is as it is now.',
  });
const engagementConflict = (current: EngagementDoc | null) =>
  new ConflictError(current && engagementNow(current), {
    sv: 'Coachningen har ändrats av någon annan. Här är den som den är nu.',
    en: 'The coaching engagement has been changed by someone else. Here it is as it is now.',
  });
const entryConflict = (current: CoachingEntryDoc | null) =>
  new ConflictError(current && entryNow(current), {
    sv: 'Anteckningen har ändrats av någon annan. Här är den som den är nu.',
    en: 'The entry has been changed by someone else. Here it is as it is now.',
  });

// Reads

/** The coaching page of a municipality: NOT_FOUND for one the viewer holds no role in (an admin: every one). */
export async function coachingBoard(viewer: Viewer | null, municipalityCode: string): Promise<CoachingBoardView> {
  const v = requireViewer({ viewer });
  const municipality = await findMunicipality(municipalityCode);
  if (!municipality || !(isAdmin(v) || rolesIn(v, municipality.code).size > 0)) throw new NotFoundError(BOARD);
  return { municipalityCode: municipality.code };
}

/** The views of engagements the viewer may know of, dropping any the rule hides. */
function viewsOf(viewer: Viewer, docs: EngagementFactsDoc[]): EngagementView[] {
  return docs.flatMap((e) => {
    const access = engagementAccess(viewer, e);
    return access ? [{ e, access }] : [];
  });
}

/** The view of one engagement's facts for the viewer, or null where the rule hides it. */
export function engagementView(viewer: Viewer | null, e: EngagementFactsDoc | null): EngagementView | null {
  const access = e && engagementAccess(viewer, e);
  return e && access ? { e, access } : null;
}

/** One engagement as the viewer may see it; NOT_FOUND, after the same query, for one they may not know of as for an unknown id. */
export async function findVisibleEngagement(viewer: Viewer | null, id: string): Promise<EngagementView> {
  const v = requireViewer({ viewer });
  const view = engagementView(v, await findEngagement(v, key(id)));
  if (!view) throw new NotFoundError(ENGAGEMENT);
  return view;
}

/** Engagements' facts by id for a loader, those the viewer may know of. */
export function loadEngagements(viewer: Viewer | null, ids: readonly string[]): Promise<EngagementFactsDoc[]> {
  if (!viewer) return Promise.resolve([]);
  return findEngagements(viewer, ids.map(key));
}

/** The municipality's engagements the viewer may know of, newest first. */
export async function listVisibleEngagements(
  viewer: Viewer | null,
  municipalityCode: string,
): Promise<EngagementView[]> {
  if (!viewer) return [];
  return viewsOf(viewer, await listEngagements(viewer, municipalityCode));
}

/** The municipality's requests the viewer may read, newest first. */
export async function listVisibleRequests(
  viewer: Viewer | null,
  municipalityCode: string,
): Promise<CoachingRequestDoc[]> {
  if (!viewer) return [];
  return (await listRequests(viewer, municipalityCode)).filter((r) => canReadRequest(viewer, r));
}

/** One request the viewer may read; NOT_FOUND, after the same query, for one they may not as for an unknown id. */
export async function findVisibleRequest(viewer: Viewer | null, id: string): Promise<CoachingRequestDoc> {
  const v = requireViewer({ viewer });
  const r = await findRequest(v, key(id));
  if (!r || !canReadRequest(v, r)) throw new NotFoundError(REQUEST);
  return r;
}

/**
 * The content of the engagements the viewer is a party of, by id; each read is recorded in the
 * audit log (who, when, which engagement; never what). Called by the per-request loader, so an
 * engagement's content is read and recorded at most once per viewer and request.
 */
export async function readEngagementContent(
  viewer: Viewer | null,
  ids: readonly string[],
): Promise<Map<string, EngagementContentDoc>> {
  if (!viewer) return new Map();
  const found = await readContent(viewer, ids.map(key));
  await recordContentRead(viewer, [...found.values()]);
  return found;
}

/** The coach service's coaches with their subjects (those who set a profile, and the viewer), by name; empty for others. */
export async function coachesOf(viewer: Viewer | null, municipalityCode: string): Promise<CoachView[]> {
  if (!viewer || !isCoachServiceOf(viewer, municipalityCode)) return [];
  const profiles = await listCoachProfiles(municipalityCode);
  const subjects = new Map(profiles.map((p) => [p.personId.toHexString(), p.subjects]));
  const ids = [...new Set([...subjects.keys(), viewer.personId])].map((id) => new mongoose.Types.ObjectId(id));
  const people = await findPeople(ids);
  return people
    .filter(
      (p) =>
        p.active !== false && p.memberships.some((m) => m.role === 'coach' && m.municipalityCode === municipalityCode),
    )
    .map((p) => ({ personId: p._id.toHexString(), name: p.name, subjects: subjects.get(p._id.toHexString()) ?? [] }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.personId.localeCompare(b.personId));
}

/**
 * The teachers of each of the viewer's units as principal, to name in a request on their behalf
 * (principals only; ids and names, nothing of any engagement).
 */
export async function unitTeachersOf(viewer: Viewer | null, municipalityCode: string): Promise<UnitTeachersView[]> {
  const units = principalUnitsOf(viewer, municipalityCode);
  const people = await teachersOfUnits(units);
  return units.map((unitId) => ({
    unitId,
    teachers: people
      .filter((p) => p.memberships.some((m) => m.role === 'teacher' && m.organisationId.equals(unitId)))
      .map((p) => ({ id: p._id.toHexString(), name: p.name })),
  }));
}

/** The school units (ids) where the viewer is a teacher, in the municipality: where they may ask their principal. */
export function teacherUnitsOf(viewer: Viewer | null, municipalityCode: string): Types.ObjectId[] {
  return (viewer?.memberships ?? [])
    .filter(
      (m) => m.role === 'teacher' && m.municipalityCode === municipalityCode && /^\d{8}$/.test(m.organisationCode),
    )
    .map((m) => new mongoose.Types.ObjectId(m.organisationId));
}

/** The school units (ids) the viewer is principal of, in the municipality. */
export function principalUnitsOf(viewer: Viewer | null, municipalityCode: string): Types.ObjectId[] {
  return (viewer?.memberships ?? [])
    .filter((m) => m.role === 'principal' && m.municipalityCode === municipalityCode)
    .map((m) => new mongoose.Types.ObjectId(m.organisationId));
}

// Requests

/**
 * A teacher asks their principal (the request waits with them), or a principal asks for a teacher
 * or a team of their unit with the agreement on time and room (straight to the coach service).
 */
export async function requestCoaching(viewer: Viewer | null, raw: unknown): Promise<CoachingRequestDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(requestCoachingInput, raw, 'input');
  const unitFacts = { unitId: { toHexString: () => input.unitId } };
  const principalHere =
    isPrincipalOfUnit(v, unitFacts) &&
    principalUnitsOf(v, input.municipalityCode).some((u) => u.toHexString() === input.unitId);
  const asTeacher = isTeacherOfUnit(v, input.unitId, input.municipalityCode);
  if (!principalHere && !asTeacher) throw new ForbiddenError();
  const unit = await findOrganisation(new mongoose.Types.ObjectId(input.unitId));
  if (!unit || unit.kind !== 'schoolUnit' || unit.municipalityCode !== input.municipalityCode)
    throw bad('unitId', 'är ingen skolenhet i kommunen', 'is not a school unit of the municipality');
  const common = {
    municipalityCode: unit.municipalityCode,
    unitId: unit._id,
    subject: input.subject as CoachingSubject,
    need: input.need,
    requestedById: me(v),
    requestedByName: v.name,
    declineReason: null,
    engagementId: null,
  };
  if (principalHere && (input.teacherIds.length || !asTeacher)) {
    const problems: FieldProblem[] = [];
    if (!input.teacherIds.length)
      problems.push(field('teacherIds', 'välj minst en lärare', 'choose at least one teacher'));
    if (!input.timeAgreed)
      problems.push(field('timeAgreed', 'skriv vilken tid skolan avsätter', 'say what time the school sets aside'));
    if (!input.roomAgreed)
      problems.push(
        field(
          'roomAgreed',
          'skriv vilket rum samtalen kan hållas i',
          'say which room the conversations can be held in',
        ),
      );
    if (problems.length) throw new BadInputError(problems);
    const ids = input.teacherIds.map((id) => new mongoose.Types.ObjectId(id));
    const people = new Map((await findPeople(ids)).map((p) => [p._id.toHexString(), p]));
    const teachers = ids.map((id) => people.get(id.toHexString()));
    if (
      teachers.some(
        (p) =>
          !p ||
          p.active === false ||
          !p.memberships.some((m) => m.role === 'teacher' && m.organisationId.equals(unit._id)),
      )
    )
      throw bad('teacherIds', 'ska vara lärare på skolenheten', 'must be teachers of the school unit');
    return insertRequest(v, {
      ...common,
      teacherIds: ids,
      teacherNames: teachers.map((p) => p!.name),
      teamName: input.teamName,
      requestedByRole: 'principal',
      state: 'withCoaches',
      timeAgreed: input.timeAgreed,
      roomAgreed: input.roomAgreed,
    });
  }
  const problems: FieldProblem[] = [];
  if (input.teacherIds.some((id) => id !== v.personId))
    problems.push(
      field('teacherIds', 'en lärare ber om coachning för sig själv', 'a teacher asks for coaching for themself'),
    );
  if (input.teamName)
    problems.push(
      field('teamName', 'ett arbetslag får coachning genom rektor', 'a team is given coaching through the principal'),
    );
  if (input.timeAgreed)
    problems.push(field('timeAgreed', 'tid kommer rektor överens om', 'the principal agrees on the time'));
  if (input.roomAgreed)
    problems.push(field('roomAgreed', 'rum kommer rektor överens om', 'the principal agrees on the room'));
  if (problems.length) throw new BadInputError(problems);
  return insertRequest(v, {
    ...common,
    teacherIds: [me(v)],
    teacherNames: [v.name],
    teamName: null,
    requestedByRole: 'teacher',
    state: 'withPrincipal',
    timeAgreed: null,
    roomAgreed: null,
  });
}

/** A request to change: NOT_FOUND when hidden or absent, CONFLICT on a stale version, FORBIDDEN when visible but not the viewer's to do. */
async function changeableRequest(
  v: Viewer,
  id: string,
  expectedVersion: number,
  may: (r: CoachingRequestDoc) => boolean,
): Promise<CoachingRequestDoc> {
  const r = await findRequest(v, key(id));
  if (!r || !(canReadRequest(v, r) || may(r))) throw new NotFoundError(REQUEST);
  if (r.version !== expectedVersion) throw requestConflict(r);
  if (!may(r)) throw new ForbiddenError();
  return r;
}

/** The principal forwards a teacher's request to the coach service with the time and room the school gives. */
export async function forwardCoachingRequest(viewer: Viewer | null, raw: unknown): Promise<CoachingRequestDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(forwardRequestInput, raw, 'input');
  const r = await changeableRequest(v, input.id, input.expectedVersion, (x) => canForwardRequest(v, x));
  return updateRequest(
    v,
    r,
    input.expectedVersion,
    { state: 'withCoaches', timeAgreed: input.timeAgreed, roomAgreed: input.roomAgreed },
    'coaching.request.forward',
    requestConflict,
  );
}

/**
 * The coach service accepts a request that reached it, assigning one of its coaches: the request is
 * accepted and the engagement begins, in one transaction. Two accepts at once begin one engagement
 * (the version, and the unique index on the request); the other gets CONFLICT.
 */
export async function acceptCoachingRequest(viewer: Viewer | null, raw: unknown): Promise<CoachingRequestDoc> {
  const v = requireViewer({ viewer });
  if (raw && typeof raw === 'object' && (raw as { coachId?: unknown }).coachId == null)
    throw bad('coachId', 'välj vilken coach som tar uppdraget', 'choose the coach who takes it');
  const input = parseInput(acceptRequestInput, raw, 'input');
  const r = await changeableRequest(v, input.id, input.expectedVersion, (x) => canAcceptRequest(v, x));
  const [coach] = await findPeople([new mongoose.Types.ObjectId(input.coachId)]);
  if (
    !coach ||
    coach.active === false ||
    !coach.memberships.some((m) => m.role === 'coach' && m.municipalityCode === r.municipalityCode)
  )
    throw bad('coachId', 'är ingen coach i kommunens coachteam', "is not a coach of the municipality's coach service");
  const engagementId = new mongoose.Types.ObjectId();
  const now = new Date();
  try {
    return await updateRequest(
      v,
      r,
      input.expectedVersion,
      { state: 'accepted', engagementId },
      'coaching.request.accept',
      requestConflict,
      (session) =>
        insertEngagement(session, v, {
          _id: engagementId,
          municipalityCode: r.municipalityCode,
          unitId: r.unitId,
          requestId: r._id,
          teacherIds: r.teacherIds,
          teacherNames: r.teacherNames,
          teamName: r.teamName,
          coachId: coach._id,
          coachName: coach.name,
          subject: r.subject,
          state: 'active',
          agreement: { sharesDates: true, sharesStatus: true, agreedAt: null },
          goal: null,
          goalSetAt: null,
          summary: null,
          startedAt: now,
          closedAt: null,
          disposedAt: null,
        }),
    );
  } catch (e) {
    // The unique index on requestId: another accept began its engagement first.
    if ((e as { code?: number }).code === 11000) throw requestConflict(await findRequest(v, r._id));
    throw e;
  }
}

/** The principal (while it waits for them) or the coach service (once it reached them) declines, with a reason. */
export async function declineCoachingRequest(viewer: Viewer | null, raw: unknown): Promise<CoachingRequestDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(declineRequestInput, raw, 'input');
  const r = await changeableRequest(v, input.id, input.expectedVersion, (x) => canDeclineRequest(v, x));
  return updateRequest(
    v,
    r,
    input.expectedVersion,
    { state: 'declined', declineReason: input.reason },
    'coaching.request.decline',
    requestConflict,
  );
}

/** The one who asked withdraws the request while it is not accepted. */
export async function withdrawCoachingRequest(
  viewer: Viewer | null,
  id: string,
  expectedVersion: number,
): Promise<CoachingRequestDoc> {
  const v = requireViewer({ viewer });
  const r = await changeableRequest(v, id, expectedVersion, (x) => canWithdrawRequest(v, x));
  return updateRequest(v, r, expectedVersion, { state: 'withdrawn' }, 'coaching.request.withdraw', requestConflict);
}

// Inside an engagement: its parties only.

/**
 * An engagement to write in: NOT_FOUND for those who may not know of it (as an unknown id),
 * FORBIDDEN for those who may know of it but not write this, CONFLICT on a stale version, and
 * FORBIDDEN (closed) once it is no longer active.
 */
async function writable(
  v: Viewer,
  id: string,
  expectedVersion: number | null,
  may: (e: EngagementFactsDoc) => boolean,
  refusal?: LocalizedText,
): Promise<EngagementFactsDoc> {
  const view = engagementView(v, await findEngagement(v, key(id)));
  if (!view) throw new NotFoundError(ENGAGEMENT);
  if (!may(view.e)) throw new ForbiddenError(view.access === 'content' ? refusal : undefined);
  if (expectedVersion !== null && view.e.version !== expectedVersion) {
    const c = (await readEngagementContent(v, [view.e._id.toHexString()])).get(view.e._id.toHexString());
    throw engagementConflict(c ? ({ ...view.e, goal: c.goal, summary: c.summary } as EngagementDoc) : null);
  }
  if (view.e.state !== 'active') throw closed();
  return view.e;
}

const TEACHER_ONLY: LocalizedText = {
  sv: 'Det här skriver läraren.',
  en: 'The teacher writes this.',
};

/** A party (a teacher or the coach) sets what the school leadership sees of the engagement. */
export async function setCoachingAgreement(viewer: Viewer | null, raw: unknown): Promise<EngagementView> {
  const v = requireViewer({ viewer });
  const input = parseInput(agreementInput, raw, 'input');
  const e = await writable(v, input.engagementId, input.expectedVersion, (x) => isParty(v, x));
  const saved = await updateEngagement(
    v,
    e._id,
    input.expectedVersion,
    {
      'agreement.sharesDates': input.sharesDates,
      'agreement.sharesStatus': input.sharesStatus,
      'agreement.agreedAt': new Date(),
    },
    'coaching.agreement',
    engagementConflict,
  );
  return { e: saved, access: 'content' };
}

/** The teacher sets or rewords the goal. */
export async function setCoachingGoal(viewer: Viewer | null, raw: unknown): Promise<EngagementView> {
  const v = requireViewer({ viewer });
  const input = parseInput(goalInput, raw, 'input');
  const e = await writable(v, input.engagementId, input.expectedVersion, (x) => isTeacherOf(v, x), {
    sv: 'Målet formulerar läraren.',
    en: 'The teacher words the goal.',
  });
  const saved = await updateEngagement(
    v,
    e._id,
    input.expectedVersion,
    { goal: input.goal, goalSetAt: new Date() },
    'coaching.goal',
    engagementConflict,
    true,
  );
  return { e: saved, access: 'content' };
}

/** What only a teacher writes: reflections, and the next step ("the teacher decides the next step"). */
const teacherKinds: ReadonlySet<CoachingEntryKind> = new Set(['reflection', 'nextStep']);
/** What has a day it happened on. */
const datedKinds: ReadonlySet<CoachingEntryKind> = new Set(['meeting', 'lessonVisit']);

/** A party writes a meeting, lesson visit or assignment; a teacher a reflection or the next step. */
export async function addCoachingEntry(viewer: Viewer | null, raw: unknown): Promise<EngagementView> {
  const v = requireViewer({ viewer });
  const input = parseInput(addEntryInput, raw, 'input');
  const kind = input.kind as CoachingEntryKind;
  const e = await writable(
    v,
    input.engagementId,
    null,
    (x) => isParty(v, x) && (!teacherKinds.has(kind) || isTeacherOf(v, x)),
    kind === 'nextStep'
      ? { sv: 'Nästa steg bestämmer läraren.', en: 'The teacher decides the next step.' }
      : TEACHER_ONLY,
  );
  if (datedKinds.has(kind) && !input.date) throw bad('date', 'ange dagen (ÅÅÅÅ-MM-DD)', 'give the day (YYYY-MM-DD)');
  try {
    await insertEntry(v, e._id, { kind, date: input.date, text: input.text });
  } catch (err) {
    if (err instanceof EngagementClosedError) throw closed();
    if (err instanceof EngagementFullError)
      throw bad(
        'engagementId',
        `coachningen har redan ${COACHING_MAX.entries} anteckningar, det högsta antalet; avsluta den och börja en ny`,
        `the engagement already holds ${COACHING_MAX.entries} entries, the most it can; close it and start a new one`,
      );
    throw err;
  }
  return { e: (await findEngagement(v, e._id)) ?? e, access: 'content' };
}

/** Its writer changes an entry's text and day; a teacher or the coach marks an assignment done. */
export async function updateCoachingEntry(viewer: Viewer | null, raw: unknown): Promise<EngagementView> {
  const v = requireViewer({ viewer });
  const input = parseInput(updateEntryInput, raw, 'input');
  // An entry is content: whoever is not a party gets NOT_FOUND, as for an unknown id.
  const found = await findEntryForParty(v, key(input.id));
  if (!found) throw new NotFoundError(ENGAGEMENT);
  const { entry, engagement } = found;
  if (entry.version !== input.expectedVersion) throw entryConflict(entry);
  if (engagement.state !== 'active') throw closed();
  const set: Partial<Pick<CoachingEntryDoc, 'text' | 'date' | 'done'>> = {};
  if (input.text !== entry.text) set.text = input.text;
  if (input.date !== undefined && (input.date ?? null) !== entry.date) {
    if (datedKinds.has(entry.kind) && !input.date)
      throw bad('date', 'ange dagen (ÅÅÅÅ-MM-DD)', 'give the day (YYYY-MM-DD)');
    set.date = input.date ?? null;
  }
  const author = entry.authorId.toHexString() === v.personId;
  if (!author && (set.text !== undefined || set.date !== undefined))
    throw new ForbiddenError({
      sv: 'Bara den som skrev anteckningen kan ändra den.',
      en: 'Only the one who wrote the entry can change it.',
    });
  if (input.done != null && input.done !== entry.done) {
    if (entry.kind !== 'assignment')
      throw bad('done', 'bara ett uppdrag markeras som gjort', 'only an assignment is marked done');
    set.done = input.done;
  }
  try {
    await updateEntry(v, entry, input.expectedVersion, set, entryConflict);
  } catch (err) {
    if (err instanceof EngagementClosedError) throw closed();
    throw err;
  }
  return { e: (await findEngagement(v, engagement._id)) ?? engagement, access: 'content' };
}

/** The teacher closes the engagement with their own summary; nothing more is written in it. */
export async function closeCoachingEngagement(viewer: Viewer | null, raw: unknown): Promise<EngagementView> {
  const v = requireViewer({ viewer });
  const input = parseInput(closeInput, raw, 'input');
  const e = await writable(v, input.engagementId, input.expectedVersion, (x) => isTeacherOf(v, x), {
    sv: 'Coachningen avslutar läraren, med sin egen sammanfattning.',
    en: 'The teacher closes the engagement, with their own summary.',
  });
  const saved = await updateEngagement(
    v,
    e._id,
    input.expectedVersion,
    { state: 'closed', closedAt: new Date(), summary: input.summary },
    'coaching.engagement.close',
    engagementConflict,
    true,
  );
  return { e: saved, access: 'content' };
}

/** A coach of the municipality's coach service sets the subjects they coach in. */
export async function setCoachProfile(viewer: Viewer | null, raw: unknown): Promise<CoachView> {
  const v = requireViewer({ viewer });
  const input = parseInput(coachProfileInput, raw, 'input');
  if (!isCoachServiceOf(v, input.municipalityCode)) throw new ForbiddenError();
  const saved = await upsertCoachProfile(v, input.municipalityCode, input.subjects as CoachingSubject[]);
  return { personId: v.personId, name: v.name, subjects: saved.subjects };
}
