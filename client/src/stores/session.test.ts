import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useSessionStore } from './session.js';
import { sessionApi, toViewer, type Viewer } from '../features/auth/auth.api.js';

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

describe('the session store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.restoreAllMocks();
  });

  it('asks the server once who is signed in', async () => {
    const fetchViewer = vi.spyOn(sessionApi, 'fetchViewer').mockResolvedValue(politician);
    const session = useSessionStore();
    await Promise.all([session.ensureChecked(), session.ensureChecked()]);
    await session.ensureChecked();
    expect(fetchViewer).toHaveBeenCalledTimes(1);
    expect(session.signedIn).toBe(true);
    expect(session.mayOpen('goals')).toBe(true);
    expect(session.mayOpen('quality')).toBe(true);
    expect(session.mayOpen('admin')).toBe(false);
  });

  it('treats an unreachable server as signed out', async () => {
    vi.spyOn(sessionApi, 'fetchViewer').mockRejectedValue(new Error('down'));
    const session = useSessionStore();
    await session.ensureChecked();
    expect(session.checked).toBe(true);
    expect(session.signedIn).toBe(false);
    expect(session.mayOpen('home')).toBe(false);
  });

  it('signs in, keeps the error of a failed attempt, and signs out even when the server is gone', async () => {
    const session = useSessionStore();
    vi.spyOn(sessionApi, 'signIn')
      .mockRejectedValueOnce({
        code: 'UNAUTHENTICATED',
        message: { sv: 'Fel e-post eller lösenord', en: 'Wrong' },
        fields: [],
      })
      .mockResolvedValueOnce(politician);
    expect(await session.signIn('x@y', 'bad')).toBe(false);
    expect(session.error?.message.sv).toBe('Fel e-post eller lösenord');
    expect(await session.signIn(' politiker.orebro@lyfta.example ', 'lyfta-demo')).toBe(true);
    expect(session.error).toBeNull();
    expect(session.viewer?.name).toBe('Petra Wik');
    vi.spyOn(sessionApi, 'signOut').mockRejectedValue(new Error('down'));
    await session.signOut();
    expect(session.viewer).toBeNull();
  });

  it('shows no demo accounts when the demo is not loaded', async () => {
    vi.spyOn(sessionApi, 'fetchDemoAccounts').mockRejectedValue(new Error('no'));
    const session = useSessionStore();
    await session.loadDemoAccounts();
    expect(session.demoAccounts).toEqual([]);
  });
});

describe('toViewer', () => {
  it('shows the most capable membership in the header', () => {
    const viewer = toViewer({
      id: 'x',
      name: 'Sara Holm',
      title: 'Rektor',
      email: 'rektor.boras@lyfta.example',
      memberships: [
        {
          role: 'TEACHER',
          organisation: {
            id: 'u',
            code: '12345678',
            kind: 'SCHOOL_UNIT',
            name: 'Engelbrektskolan',
            municipalityCode: '1490',
            parent: null,
          },
        },
        {
          role: 'PRINCIPAL',
          organisation: {
            id: 'u',
            code: '12345678',
            kind: 'SCHOOL_UNIT',
            name: 'Engelbrektskolan',
            municipalityCode: '1490',
            parent: null,
          },
        },
      ],
    });
    expect(viewer).toMatchObject({ role: 'PRINCIPAL', organisationCode: '12345678', municipalityCode: '1490' });
  });
});
