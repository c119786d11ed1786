import { computed, toValue, type MaybeRefOrGetter, type Ref } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError } from '../../api/errors.js';
import { pageData, type PageData } from '../../api/page-data.js';
import {
  AddDeficiencyEvidenceDocument,
  AddDeficiencyMeasureDocument,
  ChangeDeficiencyStateDocument,
  ComplaintCountsDocument,
  ComplaintDocument,
  ComplaintsDocument,
  CreateComplaintDocument,
  CreateDeficiencyDocument,
  DeficienciesDocument,
  DeficiencyDocument,
  DeficiencyFromComplaintDocument,
  DeficiencyUnitsDocument,
  SetDeficiencyMeasureDoneDocument,
  UpdateComplaintDocument,
  UpdateDeficiencyDocument,
  type AddDeficiencyEvidenceInput,
  type AddDeficiencyMeasureInput,
  type ChangeDeficiencyStateInput,
  type ComplaintFieldsFragment,
  type ComplaintState,
  type ComplaintsQuery,
  type CreateComplaintInput,
  type CreateDeficiencyInput,
  type DeficienciesQuery,
  type DeficiencyFieldsFragment,
  type DeficiencyFromComplaintInput,
  type DeficiencyState,
  type UpdateComplaintInput,
  type UpdateDeficiencyInput,
} from '../../api/generated/graphql.js';
import type { WriteOutcome } from '../plans/plan-authoring.api.js';

export type DeficiencyRow = DeficienciesQuery['deficiencies']['nodes'][number];
export type DeficiencyDetail = DeficiencyFieldsFragment & {
  complaint?: { id: string; subject: string; receivedAt: string } | null;
};
export type ComplaintRow = ComplaintsQuery['complaints']['nodes'][number];
export type ComplaintDetail = ComplaintFieldsFragment;

/** The municipality's deficiencies, optionally in one state (the municipality's id comes with the session). */
export function useDeficiencies(
  organisationId: MaybeRefOrGetter<string | null | undefined>,
  state: MaybeRefOrGetter<DeficiencyState | null>,
): PageData<DeficiencyRow[]> {
  const response = useQuery({
    query: DeficienciesDocument,
    variables: () => ({ organisationId: toValue(organisationId) ?? '', state: toValue(state) }),
    pause: () => !toValue(organisationId),
  });
  return pageData(response, (d) => d.deficiencies.nodes);
}

/** One deficiency (null when missing or not visible). */
export function useDeficiency(id: MaybeRefOrGetter<string>): PageData<DeficiencyDetail> {
  const response = useQuery({ query: DeficiencyDocument, variables: () => ({ id: toValue(id) }) });
  return pageData(response, (d) => d.deficiency ?? null);
}

/** The municipality's school units, for the unit choice. */
export function useDeficiencyUnits(
  municipalityCode: MaybeRefOrGetter<string | null | undefined>,
): PageData<Array<{ id: string; name: string }>> {
  const response = useQuery({
    query: DeficiencyUnitsDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: () => !toValue(municipalityCode),
  });
  return pageData(response, (d) => [...d.organisations.nodes].sort((a, b) => a.name.localeCompare(b.name, 'sv')));
}

/** The complaints the viewer handles. */
export function useComplaints(
  organisationId: MaybeRefOrGetter<string | null | undefined>,
  state: MaybeRefOrGetter<ComplaintState | null>,
  pause: MaybeRefOrGetter<boolean> = false,
): PageData<ComplaintRow[]> {
  const response = useQuery({
    query: ComplaintsDocument,
    variables: () => ({ organisationId: toValue(organisationId) ?? '', state: toValue(state) }),
    pause: () => !toValue(organisationId) || toValue(pause),
  });
  return pageData(response, (d) => d.complaints.nodes);
}

/** The anonymised counts of the municipality's complaints per state. */
export function useComplaintCounts(
  organisationId: MaybeRefOrGetter<string | null | undefined>,
): PageData<Array<{ state: ComplaintState; count: number }>> {
  const response = useQuery({
    query: ComplaintCountsDocument,
    variables: () => ({ organisationId: toValue(organisationId) ?? '' }),
    pause: () => !toValue(organisationId),
  });
  return pageData(response, (d) => d.complaintCounts);
}

/** One complaint (null when missing or not readable). */
export function useComplaint(id: MaybeRefOrGetter<string>): PageData<ComplaintDetail> {
  const response = useQuery({ query: ComplaintDocument, variables: () => ({ id: toValue(id) }) });
  return pageData(response, (d) => d.complaint ?? null);
}

function outcome(result: { data?: unknown; error?: unknown }, field: string): WriteOutcome {
  const got = (result.data as Record<string, { id: string } | null> | undefined)?.[field];
  return got ? { ok: true, id: got.id } : { ok: false, error: toAppError(result.error as never) };
}

/**
 * The writes of deficiencies and complaints. Each answers with the whole record, so the
 * normalised cache updates every page that shows it; lists a create grows are asked again (api/cache.ts).
 */
export function useDeficiencyWrites(): {
  busy: Ref<boolean>;
  createDeficiency(input: CreateDeficiencyInput): Promise<WriteOutcome>;
  updateDeficiency(input: UpdateDeficiencyInput): Promise<WriteOutcome>;
  changeState(input: ChangeDeficiencyStateInput): Promise<WriteOutcome>;
  addMeasure(input: AddDeficiencyMeasureInput): Promise<WriteOutcome>;
  setMeasureDone(deficiencyId: string, measureId: string, done: boolean): Promise<WriteOutcome>;
  addEvidence(input: AddDeficiencyEvidenceInput): Promise<WriteOutcome>;
  createComplaint(input: CreateComplaintInput): Promise<WriteOutcome>;
  updateComplaint(input: UpdateComplaintInput): Promise<WriteOutcome>;
  deficiencyFromComplaint(input: DeficiencyFromComplaintInput): Promise<WriteOutcome>;
} {
  const m = {
    createDeficiency: useMutation(CreateDeficiencyDocument),
    updateDeficiency: useMutation(UpdateDeficiencyDocument),
    changeState: useMutation(ChangeDeficiencyStateDocument),
    addMeasure: useMutation(AddDeficiencyMeasureDocument),
    setMeasureDone: useMutation(SetDeficiencyMeasureDoneDocument),
    addEvidence: useMutation(AddDeficiencyEvidenceDocument),
    createComplaint: useMutation(CreateComplaintDocument),
    updateComplaint: useMutation(UpdateComplaintDocument),
    fromComplaint: useMutation(DeficiencyFromComplaintDocument),
  };
  const busy = computed(() => Object.values(m).some((x) => x.fetching.value));
  return {
    busy,
    createDeficiency: async (input) => outcome(await m.createDeficiency.executeMutation({ input }), 'createDeficiency'),
    updateDeficiency: async (input) => outcome(await m.updateDeficiency.executeMutation({ input }), 'updateDeficiency'),
    changeState: async (input) => outcome(await m.changeState.executeMutation({ input }), 'changeDeficiencyState'),
    addMeasure: async (input) => outcome(await m.addMeasure.executeMutation({ input }), 'addDeficiencyMeasure'),
    setMeasureDone: async (deficiencyId, measureId, done) =>
      outcome(
        await m.setMeasureDone.executeMutation({ input: { deficiencyId, measureId, done } }),
        'setDeficiencyMeasureDone',
      ),
    addEvidence: async (input) => outcome(await m.addEvidence.executeMutation({ input }), 'addDeficiencyEvidence'),
    createComplaint: async (input) => outcome(await m.createComplaint.executeMutation({ input }), 'createComplaint'),
    updateComplaint: async (input) => outcome(await m.updateComplaint.executeMutation({ input }), 'updateComplaint'),
    deficiencyFromComplaint: async (input) =>
      outcome(await m.fromComplaint.executeMutation({ input }), 'createDeficiencyFromComplaint'),
  };
}
