import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import TargetEditor from './TargetEditor.vue';
import { mountWithApp } from '../../../test/mount.js';
import { fakeGraphql, serverError, type SentRequest } from '../../../test/graphql.js';
import type { GoalTarget } from '../goals.types.js';

const municipality = { id: 'org-1', code: '1490', name: 'Borås kommun' };
const indicators = [
  {
    __typename: 'Indicator',
    id: 'i1',
    key: 'oj.compositeRank',
    name: { __typename: 'LocalizedText', sv: 'Öppna jämförelser, placering', en: 'Open comparisons, rank' },
    unit: 'rank',
    direction: 'LOWER_IS_BETTER',
    decimals: 0,
  },
  {
    __typename: 'Indicator',
    id: 'i2',
    key: 'ak9.allSubjects',
    name: { __typename: 'LocalizedText', sv: 'Godkända i alla ämnen', en: 'Passed all subjects' },
    unit: 'percent',
    direction: 'HIGHER_IS_BETTER',
    decimals: 1,
  },
];
const units = {
  __typename: 'OrganisationConnection',
  nodes: [{ __typename: 'Organisation', id: 'u1', name: 'Engelbrektskolan', code: '86215855' }],
};

function mountEditor(onWrite: (r: SentRequest) => unknown) {
  const server = fakeGraphql((r) => {
    if (r.operationName === 'GoalIndicators') return { data: { indicators } };
    if (r.operationName === 'SchoolUnits') return { data: { organisations: units } };
    return onWrite(r) as never;
  });
  const { wrapper } = mountWithApp(TargetEditor, {
    props: { goalId: 'g1', goalVersion: 2, municipality },
    client: server.client,
    attachTo: document.body,
  });
  return { wrapper, server, writes: () => server.requests.filter((r) => r.operationName.endsWith('Target')) };
}

describe('TargetEditor', () => {
  beforeEach(() => localStorage.clear());

  it('shows the chosen indicator’s direction and unit, and offers the municipality and its school units', async () => {
    const { wrapper } = mountEditor(() => ({ data: null }));
    await flushPromises();
    expect(document.activeElement).toBe(wrapper.find('[data-testid="target-indicator"]').element);
    await wrapper.find('[data-testid="target-indicator"]').setValue('oj.compositeRank');
    expect(wrapper.find('[data-testid="indicator-hint"]').text()).toBe('Lägre är bättre. Enhet: rank.');
    const scopes = wrapper.findAll('[data-testid="target-scope"] option').map((o) => o.text());
    expect(scopes).toEqual(['Borås kommun (hela kommunen)', 'Engelbrektskolan']);
    wrapper.unmount();
  });

  it('refuses rank 291 for the municipality on its field; 290 is sent as a rank target by the year', async () => {
    const { wrapper, writes } = mountEditor(() => ({
      data: { addTarget: { __typename: 'Goal', id: 'g1', version: 3, targets: [] } },
    }));
    await flushPromises();
    await wrapper.find('[data-testid="target-indicator"]').setValue('oj.compositeRank');
    await wrapper.find('[data-testid="target-rank"]').setValue('291');
    await wrapper.find('[data-testid="target-year"]').setValue('2028');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Placeringen ska vara mellan 1 och 290.');
    expect(document.activeElement).toBe(wrapper.find('[data-testid="target-rank"]').element);
    expect(writes()).toHaveLength(0);
    await wrapper.find('[data-testid="target-rank"]').setValue('290');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(writes()[0]?.variables.input).toEqual({
      goalId: 'g1',
      target: {
        indicatorKey: 'oj.compositeRank',
        scopeOrganisationId: 'org-1',
        kind: 'RANK',
        targetValue: null,
        targetRank: 290,
        targetYear: 2028,
      },
    });
    expect(wrapper.emitted('done')?.[0]).toEqual([true]);
    wrapper.unmount();
  });

  it('a value target for a school unit takes a decimal comma; the server’s field problem lands on its field', async () => {
    const { wrapper, writes } = mountEditor(() => ({
      errors: serverError('BAD_USER_INPUT', {
        fields: [
          { field: 'input.target.scopeOrganisationId', message: { sv: 'är ingen organisation i kommunen', en: 'x' } },
        ],
      }),
    }));
    await flushPromises();
    await wrapper.find('[data-testid="target-indicator"]').setValue('ak9.allSubjects');
    await wrapper.find('input[value="VALUE"]').setValue(true);
    await wrapper.find('[data-testid="target-value"]').setValue('82,5');
    await wrapper.find('[data-testid="target-year"]').setValue('2027');
    await wrapper.find('[data-testid="target-scope"]').setValue('u1');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(writes()[0]?.variables.input).toMatchObject({
      target: { kind: 'VALUE', targetValue: 82.5, targetRank: null, scopeOrganisationId: 'u1' },
    });
    expect(wrapper.find('[data-testid="target-scope"]').attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('är ingen organisation i kommunen');
    wrapper.unmount();
  });
  it('on a stale change shows the target as the goal now holds it, and saves the typed one over that version', async () => {
    const target: GoalTarget = {
      id: 't1',
      kind: 'RANK',
      indicatorId: 'i1',
      indicatorKey: 'oj.compositeRank',
      indicatorName: { sv: 'Öppna jämförelser, placering', en: 'Open comparisons, rank' },
      unit: 'rank',
      decimals: 0,
      direction: 'LOWER_IS_BETTER',
      source: '',
      scopeId: 'org-1',
      scopeCode: '1490',
      scopeName: 'Borås kommun',
      targetValue: null,
      targetRank: 50,
      targetYear: 2028,
      status: 'NO_DATA',
      reason: { sv: '', en: '' },
      latestValue: null,
      latestYear: null,
      changePerYear: null,
      trend: [],
    };
    let calls = 0;
    const server = fakeGraphql((r) => {
      if (r.operationName === 'GoalIndicators') return { data: { indicators } };
      if (r.operationName === 'SchoolUnits') return { data: { organisations: units } };
      return ++calls === 1
        ? {
            errors: serverError('CONFLICT', {
              current: { version: 4, targets: [{ id: 't1', kind: 'RANK', targetRank: 30, targetYear: 2027 }] },
            }),
          }
        : { data: { updateTarget: { __typename: 'Goal', id: 'g1', version: 5, targets: [] } } };
    });
    const { wrapper } = mountWithApp(TargetEditor, {
      props: { goalId: 'g1', goalVersion: 2, municipality, target },
      client: server.client,
      attachTo: document.body,
    });
    await flushPromises();
    await wrapper.find('[data-testid="target-rank"]').setValue('25');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const conflict = wrapper.find('[data-testid="edit-conflict"]');
    expect(conflict.text()).toContain('Plats 30 eller bättre senast 2027');
    expect(conflict.text()).toContain('Plats 25 eller bättre senast 2028');
    await conflict.findAll('button')[0]!.trigger('click');
    await flushPromises();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const writes = server.requests.filter((r) => r.operationName === 'UpdateTarget');
    expect(writes.map((r) => (r.variables.input as { expectedVersion: number }).expectedVersion)).toEqual([2, 4]);
    expect(wrapper.emitted('done')).toEqual([[true]]);
    wrapper.unmount();
  });
});
