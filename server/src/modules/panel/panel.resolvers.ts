import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { NotFoundError } from '../../shared/errors.js';
import { toObjectId, viewerMunicipalities } from '../../auth/index.js';
import { findMunicipality, findOrganisation } from '../organisations/index.js';
import { figureStateValues, panelDimensionValues, pollStateValues, questionKindValues } from './panel.enums.js';
import { canJoinPanel, canManagePolls } from './panel.policy.js';
import {
  closePoll,
  createPoll,
  deletePoll,
  findVisiblePoll,
  joinPanel,
  leavePanel,
  listVisiblePolls,
  myPanelMemberships,
  openPoll,
  panelSize,
  panelThreshold,
  pollResponses,
  pollResults,
  pollState,
  setPanelThreshold,
  submitPollAnswer,
  updatePollDraft,
} from './panel.service.js';

const PANEL = { sv: 'Lärarpanelen', en: 'The teacher panel' };

export const panelResolvers: Resolvers = {
  PollQuestionKind: questionKindValues,
  PollState: pollStateValues,
  PanelDimension: panelDimensionValues,
  FigureState: figureStateValues,
  Query: {
    teacherPanel: async (_p, { municipalityCode }, ctx) => {
      const municipality = await findMunicipality(municipalityCode);
      if (!municipality) throw new NotFoundError(PANEL);
      const admin = ctx.viewer?.memberships.some((m) => m.role === 'admin');
      if (!admin && !viewerMunicipalities(ctx.viewer).includes(municipality.code)) throw new NotFoundError(PANEL);
      return { municipality };
    },
    poll: (_p, { id }, ctx) => findVisiblePoll(ctx.viewer, id),
    pollResults: async (_p, { id }, ctx) => pollResults(await findVisiblePoll(ctx.viewer, id)),
  },
  Mutation: {
    joinPanel: (_p, { input }, ctx) => joinPanel(ctx.viewer, input),
    leavePanel: (_p, { municipalityCode }, ctx) => leavePanel(ctx.viewer, municipalityCode),
    setPanelThreshold: (_p, { input }, ctx) => setPanelThreshold(ctx.viewer, input),
    createPoll: (_p, { input }, ctx) => createPoll(ctx.viewer, input),
    updatePoll: (_p, { input }, ctx) => updatePollDraft(ctx.viewer, input),
    openPoll: (_p, { id, expectedVersion }, ctx) => openPoll(ctx.viewer, id, expectedVersion),
    closePoll: (_p, { id, expectedVersion }, ctx) => closePoll(ctx.viewer, id, expectedVersion),
    deletePoll: (_p, { id, expectedVersion }, ctx) => deletePoll(ctx.viewer, id, expectedVersion),
    submitPollAnswer: (_p, { input }, ctx) => submitPollAnswer(ctx.viewer, input),
  },
  TeacherPanel: {
    municipality: (p) => p.municipality,
    membership: async (p, _a, ctx) =>
      (await myPanelMemberships(ctx.viewer)).find((m) => m.municipalityCode === p.municipality.code) ?? null,
    canJoin: (p, _a, ctx) => canJoinPanel(ctx.viewer, p.municipality.code),
    canManage: (p, _a, ctx) => canManagePolls(ctx.viewer, p.municipality.code),
    size: (p, _a, ctx) => panelSize(ctx.viewer, p.municipality.code),
    threshold: (p) => panelThreshold(p.municipality.code),
    polls: (p, _a, ctx) => listVisiblePolls(ctx.viewer, p.municipality.code),
  },
  PanelMembership: {
    id: (m) => m._id.toHexString(),
    unit: (m) => (m.unitId ? findOrganisation(m.unitId) : null),
  },
  Poll: {
    id: (p) => p._id.toHexString(),
    state: (p) => pollState(p),
    responses: (p) => pollResponses(p),
    results: (p) => pollResults(p),
    canAnswer: async (p, _a, ctx) => {
      if (pollState(p) !== 'open') return false;
      const id = p._id.toHexString();
      const [invited, answered] = await Promise.all([
        ctx.loaders.pollInvited.load(id),
        ctx.loaders.pollAnswered.load(id),
      ]);
      return invited && !answered;
    },
    viewerHasAnswered: (p, _a, ctx) => ctx.loaders.pollAnswered.load(p._id.toHexString()),
    canEdit: (p, _a, ctx) => p.state === 'draft' && canManagePolls(ctx.viewer, p.municipalityCode),
  },
  PollAudience: {
    units: async (a) => (await Promise.all(a.unitIds.map((id) => findOrganisation(toObjectId(id))))).filter((u) => !!u),
  },
  PollResults: {
    threshold: (r) => r.k,
  },
  PollQuestionResult: {
    texts: (q) => (q.texts?.state === 'shown' ? q.texts.items : null),
    textState: (q) => q.texts?.state ?? null,
  },
  PollResultRow: {
    answers: (r) => r.n,
  },
};
