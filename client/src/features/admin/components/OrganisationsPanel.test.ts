import { describe, expect, it } from 'vitest';
import OrganisationsPanel from './OrganisationsPanel.vue';
import { mountWithApp } from '../../../test/mount.js';
import { fakeGraphql, serverError } from '../../../test/graphql.js';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('OrganisationsPanel', () => {
  it('renames on the version read; a CONFLICT shows the saved version and asks for the list again', async () => {
    const server = fakeGraphql(() => ({
      errors: serverError('CONFLICT', { current: { id: 'u1', name: 'Skolan nu', active: false, version: 3 } }),
    }));
    const { wrapper } = mountWithApp(OrganisationsPanel, {
      props: {
        total: 1,
        organisations: [
          { id: 'u1', code: '11110001', kind: 'SCHOOL_UNIT', name: 'Skolan', active: true, version: 2, parentId: null },
        ],
      },
      client: server.client,
      attachTo: document.body,
    });
    await wrapper.find('#org-name-u1').setValue('Skolan ny');
    await wrapper.find('[data-testid="org-11110001"] form').trigger('submit');
    await settle();
    await wrapper.vm.$nextTick();
    expect(server.requests[0]!.variables.input).toEqual({ id: 'u1', version: 2, name: 'Skolan ny' });
    expect(wrapper.find('[data-testid="organisation-theirs"]').text()).toContain('Skolan nu (Avaktiverad)');
    expect(wrapper.emitted('stale')).toHaveLength(1);
    expect(document.activeElement?.id).toBe('organisations-message');
    wrapper.unmount();
  });
});
