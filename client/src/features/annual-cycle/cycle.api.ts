import { computed, toValue, type MaybeRefOrGetter, type Ref } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import {
  AddCycleStepDocument,
  AnnualCyclePageDocument,
  CopyAnnualCycleDocument,
  CreateAnnualCycleDocument,
  CycleUnitChoicesDocument,
  UpdateAnnualCycleDocument,
  DeleteAnnualCycleDocument,
  DeleteCycleStepDocument,
  SetCycleStepDoneDocument,
  UpdateCycleStepDocument,
  type AnnualCyclePageQuery,
  type CycleStepInput,
  type SchoolForm,
} from '../../api/generated/graphql.js';
import { pageData, type PageData } from '../../api/page-data.js';

/** One cycle as the page shows it. */
export type Cycle = AnnualCyclePageQuery['annualCycles'][number];
/** One step as the page and the start pages show it. */
export type CycleStep = Cycle['steps'][number];

/** The answer to a write: the id written, or the refusal. */
export type CycleWriteOutcome = { ok: true; id: string } | { ok: false; error: AppError };

/** Every cycle of the municipality with its steps, in one request (AnnualCyclePage). */
export function useCyclePage(municipalityCode: MaybeRefOrGetter<string | null | undefined>): PageData<Cycle[]> {
  const response = useQuery({
    query: AnnualCyclePageDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: () => !toValue(municipalityCode),
  });
  return pageData(response, (d) => d.annualCycles);
}

function outcome(result: { data?: unknown; error?: unknown }, id: string | null | undefined): CycleWriteOutcome {
  return id ? { ok: true, id } : { ok: false, error: toAppError(result.error) };
}

/**
 * The cycle's writes. Edits and marks answer with the step, which the normalised cache updates on
 * every page; the page asks again after writes that add or remove (the lists are its own).
 */
export function useCycleWrites(): {
  busy: Ref<boolean>;
  createCycle(organisationId: string, schoolForm: SchoolForm, year: number): Promise<CycleWriteOutcome>;
  copyCycle(id: string): Promise<CycleWriteOutcome>;
  deleteCycle(id: string, expectedVersion: number): Promise<CycleWriteOutcome>;
  addStep(cycleId: string, step: CycleStepInput): Promise<CycleWriteOutcome>;
  updateStep(id: string, expectedVersion: number, step: CycleStepInput): Promise<CycleWriteOutcome>;
  deleteStep(id: string, expectedVersion: number): Promise<CycleWriteOutcome>;
  setDone(stepId: string, done: boolean): Promise<CycleWriteOutcome>;
  setUnits(id: string, expectedVersion: number, unitIds: string[]): Promise<CycleWriteOutcome>;
} {
  const m = {
    create: useMutation(CreateAnnualCycleDocument),
    copy: useMutation(CopyAnnualCycleDocument),
    deleteCycle: useMutation(DeleteAnnualCycleDocument),
    add: useMutation(AddCycleStepDocument),
    update: useMutation(UpdateCycleStepDocument),
    deleteStep: useMutation(DeleteCycleStepDocument),
    done: useMutation(SetCycleStepDoneDocument),
    units: useMutation(UpdateAnnualCycleDocument),
  };
  const busy = computed(() => Object.values(m).some((x) => x.fetching.value));
  return {
    busy,
    createCycle: async (organisationId, schoolForm, year) => {
      const r = await m.create.executeMutation({ input: { organisationId, schoolForm, year } });
      return outcome(r, r.data?.createAnnualCycle.id);
    },
    copyCycle: async (id) => {
      const r = await m.copy.executeMutation({ id });
      return outcome(r, r.data?.copyAnnualCycle.id);
    },
    deleteCycle: async (id, expectedVersion) => {
      const r = await m.deleteCycle.executeMutation({ id, expectedVersion });
      return outcome(r, r.data?.deleteAnnualCycle ? id : null);
    },
    addStep: async (cycleId, step) => {
      const r = await m.add.executeMutation({ input: { cycleId, step } });
      return outcome(r, r.data?.addCycleStep.id);
    },
    updateStep: async (id, expectedVersion, step) => {
      const r = await m.update.executeMutation({ input: { id, expectedVersion, step } });
      return outcome(r, r.data?.updateCycleStep.id);
    },
    deleteStep: async (id, expectedVersion) => {
      const r = await m.deleteStep.executeMutation({ id, expectedVersion });
      return outcome(r, r.data?.deleteCycleStep ? id : null);
    },
    setDone: async (stepId, done) => {
      const r = await m.done.executeMutation({ input: { stepId, done } });
      return outcome(r, r.data?.setCycleStepDone.id);
    },
    setUnits: async (id, expectedVersion, unitIds) => {
      const r = await m.units.executeMutation({ input: { id, expectedVersion, unitIds } });
      return outcome(r, r.data?.updateAnnualCycle.id);
    },
  };
}

/** The school units of the municipality a cycle can name, matching the search (first 100 by name). */
export function useUnitChoices(
  municipalityCode: MaybeRefOrGetter<string | null | undefined>,
  search: MaybeRefOrGetter<string>,
): PageData<{ units: Array<{ id: string; name: string }>; total: number }> {
  const response = useQuery({
    query: CycleUnitChoicesDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '', search: toValue(search).trim() || null }),
    pause: () => !toValue(municipalityCode),
  });
  return pageData(response, (d) => ({ units: d.organisations.nodes, total: d.organisations.totalCount }));
}
