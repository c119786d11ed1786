import mongoose, { type Types } from 'mongoose';
import {
  editScope,
  loadEditable,
  loadVisible,
  readScope,
  requireViewer,
  toObjectId,
  viewerMunicipalities,
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
import {
  findMunicipality,
  findOrganisation,
  findOrganisationByCode,
  type OrganisationDoc,
} from '../organisations/index.js';
import type { PanelDimension, PollState, QuestionKind } from './panel.enums.js';
import { createPollInput, joinPanelInput, submitAnswerInput, thresholdInput, updatePollInput } from './panel.inputs.js';
import { K_DEFAULT, K_TEXT, type PanelMemberDoc, type PollDoc, type QuestionDoc } from './panel.model.js';
import { canJoinPanel, canManagePolls, canReadPolls } from './panel.policy.js';
import {
  activeMembers,
  answerCount,
  answersOf,
  deletePollDraft,
  findMember,
  findPoll,
  insertAnswer,
  insertPoll,
  invitationOf,
  invitedGroups,
  listPolls,
  membersOfPerson,
  setThreshold,
  textsOf,
  thresholdOf,
  updatePoll,
  upsertMember,
} from './panel.repository.js';
import {
  suppressPoll,
  type Cell,
  type CrossCounts,
  type GroupCounts,
  type QuestionCounts,
} from './panel.suppression.js';

const POLL: LocalizedText = { sv: 'Enkäten', en: 'The poll' };
const PANEL: LocalizedText = { sv: 'Lärarpanelen', en: 'The teacher panel' };
const SCALE = ['1', '2', '3', '4', '5'];

/** The state a poll is in today: an open poll past its closing day is closed (checked on every read). */
export function pollState(poll: Pick<PollDoc, 'state' | 'closesOn'>, today = swedishDate()): PollState {
  return poll.state === 'open' && today > poll.closesOn ? 'closed' : poll.state;
}

/** The subject as compared and grouped: trimmed, one space, lower case. */
export const subjectKey = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

// Membership.

/** The viewer's own panel memberships (past ones included, inactive). */
export function myPanelMemberships(viewer: Viewer | null): Promise<PanelMemberDoc[]> {
  if (!viewer) return Promise.resolve([]);
  return membersOfPerson(toObjectId(viewer.personId));
}

/** Joins the panel (or changes what the teacher answers as): a teacher of the municipality. */
export async function joinPanel(viewer: Viewer | null, raw: unknown): Promise<PanelMemberDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(joinPanelInput, raw, 'input');
  if (!canJoinPanel(v, input.municipalityCode)) throw new ForbiddenError();
  let unitId: Types.ObjectId | null = null;
  if (input.unitId) {
    unitId = toObjectId(input.unitId);
    const teaches = v.memberships.some(
      (m) => m.role === 'teacher' && m.organisationId === input.unitId && m.municipalityCode === input.municipalityCode,
    );
    const unit = teaches ? await findOrganisation(unitId) : null;
    if (!unit || unit.kind !== 'schoolUnit')
      throw new BadInputError([
        {
          field: 'input.unitId',
          message: { sv: 'Välj en skolenhet där du undervisar.', en: 'Choose a school unit where you teach.' },
        },
      ]);
  }
  return upsertMember(v, {
    personId: toObjectId(v.personId),
    municipalityCode: input.municipalityCode,
    unitId,
    schoolForm: input.schoolForm,
    subject: input.subject,
    active: true,
  });
}

/** Leaves the panel; the answers already given stay, anonymous and counted. */
export async function leavePanel(viewer: Viewer | null, municipalityCode: string): Promise<PanelMemberDoc> {
  const v = requireViewer({ viewer });
  if (!canJoinPanel(v, municipalityCode)) throw new ForbiddenError();
  const member = await findMember(toObjectId(v.personId), municipalityCode);
  if (!member)
    throw new NotFoundError({ sv: 'Ditt medlemskap i lärarpanelen', en: 'Your membership of the teacher panel' });
  const { unitId, schoolForm, subject } = member;
  return upsertMember(v, { personId: member.personId, municipalityCode, unitId, schoolForm, subject, active: false });
}

/** The municipality's threshold k (the default when none is set). */
export async function panelThreshold(municipalityCode: string): Promise<number> {
  return (await thresholdOf(municipalityCode)) ?? K_DEFAULT;
}

/**
 * Sets the municipality's threshold k for polls opened from now on (an open or closed poll keeps
 * the k it opened with). A municipality the viewer holds no role in answers as an unknown one.
 */
export async function setPanelThreshold(viewer: Viewer | null, raw: unknown): Promise<number> {
  const v = requireViewer({ viewer });
  const input = parseInput(thresholdInput, raw, 'input');
  const municipality = await findMunicipality(input.municipalityCode);
  const admin = v.memberships.some((m) => m.role === 'admin');
  if (!municipality || (!admin && !viewerMunicipalities(v).includes(municipality.code))) throw new NotFoundError(PANEL);
  if (!canManagePolls(v, municipality.code)) throw new ForbiddenError();
  return setThreshold(v, municipality.code, input.k);
}

/** How many active members the panel has (a count, never who). */
export async function panelSize(viewer: Viewer | null, municipalityCode: string): Promise<number> {
  if (!canReadPolls(viewer, municipalityCode)) return 0;
  return (await activeMembers(municipalityCode)).length;
}

// Polls.

export function findVisiblePoll(viewer: Viewer | null, id: string): Promise<PollDoc> {
  const oid = mongoose.isValidObjectId(id) ? toObjectId(id) : null;
  return loadVisible(
    () => (oid ? findPoll(readScope(viewer), oid) : Promise.resolve(null)),
    () => true,
    POLL,
  );
}

export function listVisiblePolls(viewer: Viewer | null, municipalityCode: string): Promise<PollDoc[]> {
  return listPolls(readScope(viewer), municipalityCode);
}

function editable(viewer: Viewer, id: string) {
  const oid = mongoose.isValidObjectId(id) ? toObjectId(id) : null;
  return loadEditable(
    () => (oid ? findPoll(readScope(viewer), oid) : Promise.resolve(null)),
    { canSee: () => true, canEdit: (p) => canManagePolls(viewer, p.municipalityCode) },
    POLL,
  );
}

const notDraft = (current: PollDoc | null) =>
  new ConflictError(current, {
    sv: 'Enkäten har redan öppnats eller ändrats av någon annan. Här är den som den är nu.',
    en: 'The poll has been opened or changed by someone else. Here it is as it is now.',
  });

function questionsOf(input: ReturnType<typeof createPollInput.parse>['poll']): QuestionDoc[] {
  const seen = new Set<string>();
  return input.questions.map((q, i) => {
    let id = q.id && !seen.has(q.id) ? q.id : `q${i + 1}`;
    while (seen.has(id)) id = `${id}x`;
    seen.add(id);
    return { id, kind: q.kind as QuestionKind, text: q.text, options: q.options };
  });
}

async function audienceOf(municipalityCode: string, a: ReturnType<typeof createPollInput.parse>['poll']['audience']) {
  const unitIds = a.unitIds.map((u) => toObjectId(u));
  for (const [i, id] of unitIds.entries()) {
    const unit = await findOrganisation(id);
    if (!unit || unit.kind !== 'schoolUnit' || unit.municipalityCode !== municipalityCode)
      throw new BadInputError([
        {
          field: `input.poll.audience.unitIds.${i}`,
          message: { sv: 'Ingen skolenhet i kommunen.', en: 'Not a school unit of the municipality.' },
        },
      ]);
  }
  return { schoolForms: a.schoolForms, subjects: a.subjects.map(subjectKey), unitIds };
}

export async function createPoll(viewer: Viewer | null, raw: unknown): Promise<PollDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(createPollInput, raw, 'input');
  const owner = await findOrganisationByCode(input.municipalityCode);
  if (!owner || owner.kind !== 'municipality' || !canManagePolls(v, owner.code)) throw new ForbiddenError();
  return insertPoll(editScope(v), {
    ownerId: owner._id,
    municipalityCode: owner.code,
    title: input.poll.title,
    intro: input.poll.intro,
    questions: questionsOf(input.poll),
    audience: await audienceOf(owner.code, input.poll.audience),
    breakdowns: input.poll.breakdowns as PanelDimension[],
    closesOn: input.poll.closesOn,
    state: 'draft',
    k: null,
    closedEarly: false,
  });
}

export async function updatePollDraft(viewer: Viewer | null, raw: unknown): Promise<PollDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(updatePollInput, raw, 'input');
  const poll = await editable(v, input.id);
  if (poll.state !== 'draft') throw notDraft(poll);
  return updatePoll(
    editScope(v),
    poll._id,
    input.expectedVersion,
    { state: 'draft' },
    {
      title: input.poll.title,
      intro: input.poll.intro,
      questions: questionsOf(input.poll),
      audience: await audienceOf(poll.municipalityCode, input.poll.audience),
      breakdowns: input.poll.breakdowns as PanelDimension[],
      closesOn: input.poll.closesOn,
    },
    'poll.update',
    notDraft,
  );
}

const matches = (poll: PollDoc, m: PanelMemberDoc) =>
  (!poll.audience.schoolForms.length || poll.audience.schoolForms.includes(m.schoolForm)) &&
  (!poll.audience.subjects.length || poll.audience.subjects.includes(subjectKey(m.subject))) &&
  (!poll.audience.unitIds.length || poll.audience.unitIds.some((u) => m.unitId?.equals(u)));

/**
 * Opens a draft: its audience (the active members matching it) and the threshold are fixed now,
 * with the groups each member answers as; the breakdowns cannot change from here on.
 */
export async function openPoll(viewer: Viewer | null, id: string, expectedVersion: number): Promise<PollDoc> {
  const v = requireViewer({ viewer });
  const poll = await editable(v, id);
  if (poll.state !== 'draft') throw notDraft(poll);
  if (poll.closesOn < swedishDate())
    throw new BadInputError([
      {
        field: 'closesOn',
        message: { sv: 'Sista svarsdagen har redan varit.', en: 'The last day for answers has passed.' },
      },
    ]);
  const audience = (await activeMembers(poll.municipalityCode)).filter((m) => matches(poll, m));
  const k = await panelThreshold(poll.municipalityCode);
  return updatePoll(
    editScope(v),
    poll._id,
    expectedVersion,
    { state: 'draft' },
    { state: 'open', k },
    'poll.open',
    notDraft,
    audience.map((m) => ({
      personId: m.personId,
      groups: { schoolForm: m.schoolForm, subject: subjectKey(m.subject), unit: m.unitId?.toHexString() ?? '' },
    })),
  );
}

/** Closes an open poll before its date; its results are published. */
export async function closePoll(viewer: Viewer | null, id: string, expectedVersion: number): Promise<PollDoc> {
  const v = requireViewer({ viewer });
  const poll = await editable(v, id);
  if (pollState(poll) !== 'open') throw notDraft(poll);
  return updatePoll(
    editScope(v),
    poll._id,
    expectedVersion,
    { state: 'open' },
    { state: 'closed', closedEarly: true },
    'poll.close',
    notDraft,
  );
}

export async function deletePoll(viewer: Viewer | null, id: string, expectedVersion: number): Promise<boolean> {
  const v = requireViewer({ viewer });
  const poll = await editable(v, id);
  if (poll.state !== 'draft' || poll.version !== expectedVersion) throw notDraft(poll);
  if (!(await deletePollDraft(editScope(v), poll))) throw notDraft(null);
  return true;
}

// Answering.

const already = () =>
  new ConflictError(null, { sv: 'Du har redan svarat på enkäten.', en: 'You have already answered the poll.' });

/**
 * Stores one answer: the has-answered record and the answer (without author, time or order) in one
 * transaction; a second answer by the same person is refused and nothing is stored twice.
 */
export async function submitPollAnswer(viewer: Viewer | null, raw: unknown): Promise<boolean> {
  const v = requireViewer({ viewer });
  const input = parseInput(submitAnswerInput, raw, 'input');
  const poll = await findVisiblePoll(v, input.pollId);
  const invitation = await invitationOf(poll._id, toObjectId(v.personId));
  if (pollState(poll) !== 'open' || !invitation) throw new ForbiddenError();
  const byId = new Map(input.answers.map((a) => [a.questionId, a]));
  const choices: Array<{ questionId: string; values: number[] }> = [];
  const texts: Array<{ questionId: string; text: string }> = [];
  const problems: Array<{ field: string; message: LocalizedText }> = [];
  poll.questions.forEach((q, i) => {
    const a = byId.get(q.id);
    const field = `input.answers.${i}`;
    if (q.kind === 'text') {
      if (a?.text) texts.push({ questionId: q.id, text: a.text });
      return;
    }
    const values =
      q.kind === 'scale' ? (a?.scale ? [a.scale - 1] : []) : [...new Set(a?.choices ?? [])].sort((x, y) => x - y);
    const width = q.kind === 'scale' ? 5 : q.options.length;
    if (!values.length || values.some((x) => x >= width) || (q.kind === 'single' && values.length !== 1))
      problems.push({
        field,
        message: { sv: 'Välj ett svar på frågan.', en: 'Choose an answer to the question.' },
      });
    else choices.push({ questionId: q.id, values });
  });
  if (problems.length) throw new BadInputError(problems);
  const groups: Record<string, string> = {};
  for (const d of poll.breakdowns) groups[d] = invitation.groups[d] ?? '';
  try {
    await insertAnswer(poll._id, toObjectId(v.personId), { groups, choices }, texts);
  } catch (e) {
    if ((e as { code?: number }).code === 11000) throw already();
    throw e;
  }
  return true;
}

// Response rate and results.

/** While a poll is open: the number of answers rounded down to a step of k, and the audience's size. */
export async function pollResponses(poll: PollDoc) {
  const k = poll.k ?? (await panelThreshold(poll.municipalityCode));
  if (poll.state === 'draft') return { answeredAtLeast: 0, audienceSize: 0, step: k };
  const [count, invited] = await Promise.all([answerCount(poll._id), invitedGroups(poll._id)]);
  return { answeredAtLeast: Math.floor(count / k) * k, audienceSize: invited.size, step: k };
}

/** One group as shown: its key (a school form's stored value, a subject, a unit id, '' for none) and label. */
export interface ShownRow {
  key: string | null;
  label: string;
  n: Cell;
  counts: Cell[];
}

export interface ShownResults {
  k: number;
  answers: Cell;
  questions: Array<{
    question: QuestionDoc;
    options: string[];
    total: ShownRow;
    breakdowns: Array<{ dimension: PanelDimension; rows: ShownRow[] }>;
    texts: { state: Cell['state']; items: string[] } | null;
  }>;
}

/** The results of a closed poll as they may be shown, or null while it is a draft or open. */
export async function pollResults(poll: PollDoc): Promise<ShownResults | null> {
  if (pollState(poll) !== 'closed') return null;
  const k = poll.k ?? (await panelThreshold(poll.municipalityCode));
  const [answers, invited] = await Promise.all([answersOf(poll._id), invitedGroups(poll._id)]);
  const dims = poll.breakdowns;
  // Every group key a dimension has among the invited, and '' (none) when someone has no value.
  const keysOf = (d: PanelDimension) =>
    [...new Set([...invited.groups.map((g) => g[d] ?? ''), ...answers.map((a) => a.groups[d] ?? '')])].sort();
  const dimKeys = dims.map(keysOf);
  const membersIn = (d: PanelDimension, key: string) => invited.groups.filter((g) => (g[d] ?? '') === key).length;
  const choiceQuestions = poll.questions.filter((q) => q.kind !== 'text');
  const widthOf = (q: QuestionDoc) => (q.kind === 'scale' ? 5 : q.options.length);
  const countsOf = (q: QuestionDoc, subset: typeof answers) => {
    const counts = new Array<number>(widthOf(q)).fill(0);
    for (const a of subset) for (const x of a.choices.find((c) => c.questionId === q.id)?.values ?? []) counts[x]!++;
    return counts;
  };
  const counts: QuestionCounts[] = choiceQuestions.map((q) => {
    const breakdowns: GroupCounts[][] = dims.map((d, di) =>
      dimKeys[di]!.map((key) => {
        const subset = answers.filter((a) => (a.groups[d] ?? '') === key);
        return { key, members: membersIn(d, key), n: subset.length, counts: countsOf(q, subset) };
      }),
    );
    const crosses = new Map<string, CrossCounts>();
    for (let i = 0; i < dims.length; i++)
      for (let j = i + 1; j < dims.length; j++) {
        const [di, dj] = [dims[i]!, dims[j]!];
        crosses.set(`${i}:${j}`, {
          values: dimKeys[i]!.map((ki) =>
            dimKeys[j]!.map((kj) => {
              const subset = answers.filter((a) => (a.groups[di] ?? '') === ki && (a.groups[dj] ?? '') === kj);
              return [subset.length, ...countsOf(q, subset)];
            }),
          ),
          members: dimKeys[i]!.map((ki) =>
            dimKeys[j]!.map((kj) => invited.groups.filter((g) => (g[di] ?? '') === ki && (g[dj] ?? '') === kj).length),
          ),
        });
      }
    return {
      additive: q.kind !== 'multiple',
      total: { n: answers.length, counts: countsOf(q, answers) },
      breakdowns,
      crosses,
    };
  });
  const shown = suppressPoll(counts, dims.length, k);
  const unitNames = new Map<string, string>();
  if (dims.includes('unit'))
    for (const key of dimKeys[dims.indexOf('unit')]!) {
      if (!key || !mongoose.isValidObjectId(key)) continue;
      const unit: OrganisationDoc | null = await findOrganisation(toObjectId(key));
      if (unit) unitNames.set(key, unit.name);
    }
  const labelOf = (d: PanelDimension, key: string) => (d === 'unit' ? (unitNames.get(key) ?? key) : key);
  const answersCell: Cell =
    answers.length >= k ? { state: 'shown', value: answers.length } : { state: 'tooFew', value: null };
  const textThreshold = Math.max(K_TEXT, k);
  const questions: ShownResults['questions'] = [];
  let ci = 0;
  for (const q of poll.questions) {
    const options = q.kind === 'scale' ? SCALE : q.options;
    if (q.kind === 'text') {
      const items = await textsOf(poll._id, q.id);
      questions.push({
        question: q,
        options: [],
        total: { key: null, label: '', n: answersCell, counts: [] },
        breakdowns: [],
        texts:
          items.length >= textThreshold
            ? { state: 'shown', items }
            : { state: items.length || answers.length ? 'tooFew' : 'noData', items: [] },
      });
      continue;
    }
    const s = shown[ci++]!;
    questions.push({
      question: q,
      options,
      total: { key: null, label: '', n: s.total.n, counts: s.total.counts },
      breakdowns: dims.map((d, di) => ({
        dimension: d,
        rows: s.breakdowns[di]!.map((g) => ({ key: g.key, label: labelOf(d, g.key), n: g.n, counts: g.counts })),
      })),
      texts: null,
    });
  }
  return { k, answers: answersCell, questions };
}
