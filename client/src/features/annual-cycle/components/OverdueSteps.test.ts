import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import HomeView from '../../home/views/HomeView.vue';
import { mountWithApp } from '../../../test/mount.js';
import { fakeGraphql, type SentRequest } from '../../../test/graphql.js';
import { useSessionStore } from '../../../stores/session.js';
import type { Viewer } from '../../auth/auth.api.js';

// The principal's start page lists the annual cycle's overdue steps from its one HomeItems request.
const principal: Viewer = {
  id: 'p1',
  name: 'Ali Karlsson',
  email: 'rektor@lyfta.example',
  title: null,
  role: 'PRINCIPAL',
  organisationId: 'u1',
  organisationName: 'Kronan 7-9',
  organisationCode: '63750711',
  organisationKind: 'SCHOOL_UNIT',
  municipalityCode: '1488',
  municipalityId: 'm1',
};

const step = (id: string, title: string, dueDate: string) => ({
  __typename: 'CycleStep',
  id,
  title,
  dueDate,
  perUnit: true,
  doneCount: 2,
  unitCount: 4,
  cycle: { __typename: 'AnnualCycle', id: 'c1', year: 2027, schoolYear: '2026/27', schoolForm: 'COMPULSORY' },
});

describe('overdue steps on the start page', () => {
  it('come with the items in one request, oldest first as sent, with their school year and units', async () => {
    const server = fakeGraphql((r: SentRequest) =>
      r.operationName === 'HomeItems'
        ? {
            data: {
              municipalityItems: [],
              overdueCycleSteps: [step('s1', 'Följ upp enkäten', '2026-11-13'), step('s2', 'Analysera', '2026-11-30')],
              qualityReportsToAttend: [],
              teacherPanel: { __typename: 'TeacherPanel', canJoin: false, membership: null, polls: [] },
              questionsToAnswer: [],
              myExampleRequests: [],
            },
          }
        : { errors: [{ message: `not asked for here: ${r.operationName}` }] },
    );
    const { wrapper } = mountWithApp(HomeView, { client: server.client });
    useSessionStore().viewer = principal;
    for (let i = 0; i < 5; i++) await flushPromises();
    expect(server.requests.filter((r) => r.operationName === 'HomeItems')).toHaveLength(1);
    const section = wrapper.find('[data-testid="overdue-steps"]');
    const links = section.findAll('[data-testid="overdue-step"] a');
    expect(links.map((a) => a.text())).toEqual(['Följ upp enkäten', 'Analysera']);
    expect(section.text()).toContain('2 av 4 enheter klara');
    expect(section.text()).toContain('Grundskola 2026/27');
  });
});
