import { describe, expect, it } from 'vitest';
import InviteForm from './InviteForm.vue';
import { mountWithApp } from '../../../test/mount.js';
import { fakeGraphql, serverError } from '../../../test/graphql.js';
import { useAdminStore } from '../admin.store.js';
import type { AdminOrganisation } from '../admin.api.js';

const unit = (id: string, name: string, active = true): AdminOrganisation => ({
  id,
  code: id,
  kind: 'SCHOOL_UNIT',
  name,
  active,
  version: 1,
  parentId: null,
});

describe('InviteForm', () => {
  it('offers the municipality and its active units, puts a refused email on its field, then shows the link once', async () => {
    let refuse = true;
    const server = fakeGraphql(() =>
      refuse
        ? {
            errors: serverError('BAD_USER_INPUT', {
              fields: [{ field: 'input.email', message: { sv: 'används redan', en: 'is already in use' } }],
            }),
          }
        : {
            data: {
              invitePerson: {
                __typename: 'PasswordLink',
                path: '/satt-losenord?token=abc',
                expiresAt: '2026-12-08T12:00:00.000Z',
                person: { __typename: 'Person', id: 'p1', name: 'Ingrid Ny' },
              },
            },
          },
    );
    const { wrapper } = mountWithApp(InviteForm, {
      props: { organisations: [unit('u1', 'Engelbrektskolan'), unit('u2', 'Nedlagda skolan', false)] },
      client: server.client,
      attachTo: document.body,
    });
    const admin = useAdminStore();
    admin.pick({ id: 'm1', code: '1490', name: 'Borås' });
    await wrapper.vm.$nextTick();
    expect(wrapper.findAll('#invite-organisationId option').map((o) => o.text())).toEqual([
      'Borås',
      'Engelbrektskolan',
    ]);

    await wrapper.find('#invite-name').setValue('Ingrid Ny');
    await wrapper.find('#invite-email').setValue('ingrid@example.se');
    await wrapper.find('form').trigger('submit');
    await new Promise((r) => setTimeout(r, 0));
    await wrapper.vm.$nextTick();
    expect(server.requests[0]!.variables.input).toMatchObject({
      name: 'Ingrid Ny',
      email: 'ingrid@example.se',
      organisationId: 'm1',
      role: 'TEACHER',
    });
    expect(wrapper.find('#invite-email-error').text()).toBe('används redan');
    expect(wrapper.find('#invite-email').attributes('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('invite-email');
    expect(admin.link).toBeNull();

    refuse = false;
    await wrapper.find('form').trigger('submit');
    await new Promise((r) => setTimeout(r, 0));
    expect(admin.link).toEqual({
      personName: 'Ingrid Ny',
      url: new URL('/satt-losenord?token=abc', window.location.origin).toString(),
      expiresAt: '2026-12-08T12:00:00.000Z',
    });
    expect(wrapper.find('#invite-email-error').exists()).toBe(false);
    wrapper.unmount();
  });

  it('picking another municipality forgets the searches and the link shown', () => {
    mountWithApp(InviteForm, { props: { organisations: [] } });
    const admin = useAdminStore();
    admin.pick({ id: 'm1', code: '1490', name: 'Borås' });
    admin.peopleSearch = 'anna';
    admin.showLink('Anna', '/satt-losenord?token=x', '2026-12-08T12:00:00.000Z', 'https://lyfta.example');
    expect(admin.link?.url).toBe('https://lyfta.example/satt-losenord?token=x');
    admin.pick({ id: 'm2', code: '1491', name: 'Ulricehamn' });
    expect([admin.peopleSearch, admin.link, admin.municipality?.code]).toEqual(['', null, '1491']);
  });
});
