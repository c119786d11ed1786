import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { NotFoundError } from '../../shared/errors.js';
import { loadOrganisations, requiredOrganisation } from '../organisations/index.js';
import { schoolYearLabel } from './cycle.dates.js';
import { cyclePhaseValues, schoolFormValues, stepOwnerRoleValues } from './cycle.enums.js';
import type { AnnualCycleDoc, CycleStepDoc } from './cycle.model.js';
import { canMarkStep, viewerUnitsIn } from './cycle.policy.js';
import {
  addCycleStep,
  canEditCycle,
  copyAnnualCycle,
  createAnnualCycle,
  deleteAnnualCycle,
  deleteCycleStep,
  getCycle,
  listAnnualCycles,
  overdueSteps,
  setCycleStepDone,
  statusFor,
  unitProgress,
  updateAnnualCycle,
  updateCycleStep,
} from './cycle.service.js';
import type { GraphQLContext } from '../../graphql/context.js';

const CYCLE = { sv: 'Årshjulet', en: 'The annual cycle' };

/** The step's cycle, through the request's loader (a step is read only with its cycle in the scope). */
async function cycleOf(step: CycleStepDoc, ctx: GraphQLContext): Promise<AnnualCycleDoc> {
  const cycle = await ctx.loaders.annualCycle.load(step.cycleId.toHexString());
  if (!cycle) throw new NotFoundError(CYCLE);
  return cycle;
}

const prime = (ctx: GraphQLContext, cycles: AnnualCycleDoc[]) => {
  for (const c of cycles) ctx.loaders.annualCycle.prime(c._id.toHexString(), c);
  return cycles;
};

/** Annual cycles and their steps, with each step's status for the viewer. */
export const annualCycleResolvers: Resolvers = {
  SchoolForm: schoolFormValues,
  CyclePhase: cyclePhaseValues,
  StepOwnerRole: stepOwnerRoleValues,
  Query: {
    annualCycles: async (_p, args, ctx) => prime(ctx, await listAnnualCycles(ctx.viewer, args)),
    annualCycle: async (_p, args, ctx) => prime(ctx, [await getCycle(ctx.viewer, args.id)])[0]!,
    overdueCycleSteps: async (_p, args, ctx) => {
      const { steps, cycles } = await overdueSteps(ctx.viewer, args.municipalityCode);
      prime(ctx, cycles);
      return steps;
    },
  },
  Mutation: {
    createAnnualCycle: (_p, args, ctx) => createAnnualCycle(ctx.viewer, args.input),
    updateAnnualCycle: (_p, args, ctx) => updateAnnualCycle(ctx.viewer, args.input),
    deleteAnnualCycle: (_p, args, ctx) => deleteAnnualCycle(ctx.viewer, args.id, args.expectedVersion),
    copyAnnualCycle: (_p, args, ctx) => copyAnnualCycle(ctx.viewer, args.id),
    addCycleStep: (_p, args, ctx) => addCycleStep(ctx.viewer, args.input),
    updateCycleStep: (_p, args, ctx) => updateCycleStep(ctx.viewer, args.input),
    deleteCycleStep: (_p, args, ctx) => deleteCycleStep(ctx.viewer, args.id, args.expectedVersion),
    setCycleStepDone: (_p, args, ctx) => setCycleStepDone(ctx.viewer, args.input),
  },
  AnnualCycle: {
    id: (c) => c._id.toHexString(),
    municipality: (c, _a, ctx) => requiredOrganisation(ctx.loaders.organisation, c.ownerId),
    schoolYear: (c) => schoolYearLabel(c.year),
    units: async (c, _a, ctx) => {
      const units = await loadOrganisations(ctx.loaders.organisation, c.unitIds);
      return [...units].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    },
    steps: (c, _a, ctx) => ctx.loaders.cycleSteps.load(c._id.toHexString()),
    canEdit: (c, _a, ctx) => canEditCycle(ctx.viewer, c),
  },
  CycleStep: {
    id: (s) => s._id.toHexString(),
    cycle: (s, _a, ctx) => cycleOf(s, ctx),
    description: (s) => s.description ?? null,
    status: async (s, _a, ctx) => statusFor(ctx.viewer, s, await cycleOf(s, ctx)),
    viewerUnit: async (s, _a, ctx) => {
      if (!s.perUnit) return null;
      const mine = viewerUnitsIn(ctx.viewer, await cycleOf(s, ctx))[0];
      return mine ? requiredOrganisation(ctx.loaders.organisation, mine) : null;
    },
    canMarkDone: async (s, _a, ctx) => {
      const cycle = await cycleOf(s, ctx);
      return canMarkStep(ctx.viewer, cycle, s, s.perUnit ? (viewerUnitsIn(ctx.viewer, cycle)[0] ?? null) : null);
    },
    completions: (s) => s.completions,
    doneCount: async (s, _a, ctx) => (s.perUnit ? unitProgress(s, await cycleOf(s, ctx)).done.length : 0),
    unitCount: async (s, _a, ctx) => (s.perUnit ? (await cycleOf(s, ctx)).unitIds.length : 0),
    pendingUnits: async (s, _a, ctx) => {
      if (!s.perUnit) return [];
      const units = await loadOrganisations(ctx.loaders.organisation, unitProgress(s, await cycleOf(s, ctx)).pending);
      return [...units].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    },
  },
  StepCompletion: {
    unit: (c, _a, ctx) => (c.unitId ? requiredOrganisation(ctx.loaders.organisation, c.unitId) : null),
  },
};
