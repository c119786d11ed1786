import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import PlanReportPrint from './PlanReportPrint.vue';
import ReportDownloads from './ReportDownloads.vue';
import { mountWithApp } from '../../test/mount.js';
import { fakeGraphql } from '../../test/graphql.js';
import { makeItem, makePlan } from '../../test/factories.js';

const goalsAnswer = (planId: string) => ({
  data: {
    actionPlan: {
      __typename: 'ActionPlan',
      id: planId,
      goals: [
        {
          __typename: 'Goal',
          id: 'g1',
          title: 'Topp 25 år 2027',
          targets: [
            {
              __typename: 'Target',
              id: 't1',
              kind: 'RANK',
              targetValue: null,
              targetRank: 25,
              targetYear: 2027,
              indicator: {
                __typename: 'Indicator',
                id: 'i1',
                name: { __typename: 'LocalizedText', sv: 'Sammanvägd rankning', en: 'Composite rank' },
                unit: 'rank',
                decimals: 0,
              },
              scope: { __typename: 'Organisation', id: 'o1', name: 'Borås kommun' },
              progress: {
                __typename: 'TargetProgress',
                status: 'ON_TRACK',
                latestValue: 60,
                latestYear: 2024,
                reason: { __typename: 'LocalizedText', sv: 'Trenden räcker.', en: 'The trend is enough.' },
              },
            },
          ],
        },
      ],
    },
  },
});

describe('the board report print view', () => {
  it('shows date, counts, progress and how it is computed, each situation and effect, and the goals', async () => {
    const plan = makePlan([
      makeItem({
        id: 'a',
        status: 'IN_PROGRESS',
        progress: 40,
        lastUpdate: { text: 'Läsfrämjande insatser pågår', authorName: 'Åsa', at: '2026-11-22T10:00:00.000Z' },
      }),
      makeItem({
        id: 'b',
        status: 'DONE',
        progress: 80,
        effect: 'Fler elever läser',
        lastUpdate: { text: 'Klart i juni', authorName: 'Per', at: '2026-06-01T10:00:00.000Z' },
      }),
      makeItem({ id: 'c', status: 'CANCELLED', progress: 0, lastUpdate: null }),
    ]);
    const { client, requests } = fakeGraphql(() => goalsAnswer(plan.id));
    const { wrapper } = mountWithApp(PlanReportPrint, { props: { plan }, client });
    await flushPromises();
    const text = wrapper.text();
    expect(requests.map((r) => r.operationName)).toEqual(['PlanReportGoals']);
    expect(text).toContain('Rapport till nämnden');
    expect(text).toMatch(/Rapportdatum \d{1,2} \w+\.? \d{4}|Rapportdatum \d{4}-\d{2}-\d{2}/);
    // (40 + 100) / 2 = 70; the cancelled item is left out.
    expect(text).toContain('70 % klart');
    expect(text).toContain('140 procentenheter delat med 2 åtgärder');
    expect(
      wrapper
        .find('table tbody')
        .findAll('td')
        .map((td) => td.text()),
    ).toEqual(['0', '1', '0', '1', '1', '3']);
    expect(text).toContain('Läsfrämjande insatser pågår');
    expect(text).toContain('Effekt: Fler elever läser');
    expect(text).toContain('Läget: ingen uppdatering ännu.');
    expect(text).toContain('Topp 25 år 2027');
    expect(text).toContain('Plats 25 eller bättre år 2027');
    expect(text).toContain('Plats 60');
    expect(text).toContain('I fas');
  });

  it('links the three downloads to the server report of the plan', () => {
    const { wrapper } = mountWithApp(ReportDownloads, { props: { planId: 'abc123' } });
    expect(wrapper.find('nav').attributes('aria-label')).toBe('Ladda ner rapporten');
    expect(wrapper.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Ladda ner PDF', '/reports/plans/abc123.pdf'],
      ['Ladda ner Excel', '/reports/plans/abc123.xlsx'],
      ['Ladda ner CSV', '/reports/plans/abc123.csv'],
    ]);
  });
});
