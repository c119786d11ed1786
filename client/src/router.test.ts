import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { router, sessionExpired } from './router.js';
import { useSessionStore } from './stores/session.js';
import { sessionApi, type Viewer } from './features/auth/auth.api.js';

const politician: Viewer = {
  id: 'p1',
  name: 'Petra Wik',
  email: 'politiker.orebro@lyfta.example',
  title: null,
  role: 'POLITICIAN',
  organisationId: 'o1',
  organisationName: 'Örebro kommun',
  organisationCode: '1880',
  organisationKind: 'MUNICIPALITY',
  municipalityCode: '1880',
};

describe('the route guards', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.restoreAllMocks();
  });

  it('send a signed-out visitor to sign-in and remember where they were going', async () => {
    vi.spyOn(sessionApi, 'fetchViewer').mockResolvedValue(null);
    await router.push('/mal');
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query.next).toBe('/mal');
  });

  it('keep a role out of sections it may not open, and a signed-in person off the sign-in page', async () => {
    vi.spyOn(sessionApi, 'fetchViewer').mockResolvedValue(politician);
    // A politician manages no people or organisations (quality work they read once approved).
    await router.push('/admin');
    expect(router.currentRoute.value.name).toBe('home');
    await router.push('/logga-in?next=/resultat');
    expect(router.currentRoute.value.name).toBe('results');
  });

  it('send a person whose session ended mid-page to sign-in and back to the same page', async () => {
    vi.spyOn(sessionApi, 'fetchViewer').mockResolvedValue(politician);
    await router.push('/mal');
    expect(router.currentRoute.value.name).toBe('goals');
    sessionExpired();
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('sign-in'));
    expect(router.currentRoute.value.query.next).toBe('/mal');
    expect(useSessionStore().signedIn).toBe(false);
    // Signing in again (as the sign-in page does): on to where the person was.
    vi.spyOn(sessionApi, 'signIn').mockResolvedValue(politician);
    expect(await useSessionStore().signIn('politiker.orebro@lyfta.example', 'lyfta-demo')).toBe(true);
    await router.replace(String(router.currentRoute.value.query.next));
    expect(router.currentRoute.value.fullPath).toBe('/mal');
  });
});
