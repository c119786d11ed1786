import { describe, expect, it } from 'vitest';
import type { Role, Viewer } from './viewer.js';
import { roleValues } from './roles.js';
import {
  administersAllOf,
  administersAnywhere,
  administersIn,
  canModerateIn,
  grantsRole,
  findVisible,
  isAdministrationOf,
  loadEditable,
  loadVisible,
  moderationScope,
  readsAllOf,
  readsPublishedOf,
  rolesIn,
} from './policy.js';

const viewer = (...roles: Array<[Role, string]>): Viewer => ({
  personId: 'p',
  name: 'n',
  email: 'e',
  memberships: roles.map(([role, municipalityCode]) => ({
    role,
    municipalityCode,
    organisationCode: municipalityCode,
    organisationId: 'o',
  })),
});

describe('policy helpers', () => {
  it('decides every policy for every role: who administers, reads, moderates and grants', () => {
    // [administers here, elsewhere, anywhere, account in here+elsewhere, grants admin, reads all, reads published, moderates]
    const expected: Record<Role, boolean[]> = {
      politician: [false, false, false, false, false, false, true, false],
      administration: [false, false, false, false, false, true, true, true],
      principal: [false, false, false, false, false, false, true, false],
      teacher: [false, false, false, false, false, false, true, false],
      coach: [false, false, false, false, false, false, false, false],
      admin: [true, true, true, true, true, true, true, true],
      // The municipality's own administrator: its people and organisations, nothing of its plans.
      municipalityAdmin: [true, false, true, false, false, false, false, false],
      // The registrar: the municipality's records (a coaching export), nothing of its plans.
      registrar: [false, false, false, false, false, false, false, false],
    };
    for (const role of Object.values(roleValues)) {
      const v = viewer([role, '1490']);
      expect([
        role,
        administersIn(v, '1490'),
        administersIn(v, '1880'),
        administersAnywhere(v),
        administersAllOf(v, ['1490', '1880']),
        grantsRole(v, 'admin'),
        readsAllOf(v, '1490'),
        readsPublishedOf(v, '1490'),
        canModerateIn(v, '1490'),
      ]).toEqual([role, ...expected[role]]);
      expect(grantsRole(v, 'teacher')).toBe(true);
    }
    expect(administersAllOf(viewer(['municipalityAdmin', '1490']), ['1490'])).toBe(true);
    expect(administersAllOf(viewer(['municipalityAdmin', '1490']), [])).toBe(false);
    expect(administersAnywhere(null)).toBe(false);
    expect(administersIn(null, '1490')).toBe(false);
  });

  it('scopes roles to a municipality', () => {
    const v = viewer(['teacher', '1490'], ['administration', '1880']);
    expect([...rolesIn(v, '1490')]).toEqual(['teacher']);
    expect(isAdministrationOf(v, '1880')).toBe(true);
    expect(isAdministrationOf(v, '1490')).toBe(false);
  });

  it('lets administration and admins read everything and moderate', () => {
    expect(readsAllOf(viewer(['administration', '1490']), '1490')).toBe(true);
    expect(canModerateIn(viewer(['admin', '0180']), '1490')).toBe(true);
    expect(canModerateIn(viewer(['politician', '1490']), '1490')).toBe(false);
  });

  it('gives coaches no reading of plans, and nobody reading across municipalities', () => {
    expect(readsPublishedOf(viewer(['coach', '1490']), '1490')).toBe(false);
    expect(readsPublishedOf(viewer(['teacher', '1880']), '1490')).toBe(false);
    expect(readsPublishedOf(null, '1490')).toBe(false);
  });
});

describe('lookups by id', () => {
  const THING = { sv: 'Saken', en: 'The thing' };
  const thing = { municipalityCode: '1490', draft: true };
  const load = (found: typeof thing | null) => () => Promise.resolve(found);
  const seesDrafts = (t: typeof thing) => !t.draft;
  const answer = (p: Promise<unknown>) =>
    p.then(
      (v) => ({ ok: v }),
      (e: { code: string; text: unknown }) => ({ code: e.code, text: e.text }),
    );

  it('answers a hidden thing exactly as an absent one', async () => {
    expect(await findVisible(load(thing), seesDrafts)).toBeNull();
    expect(await findVisible(load(null), seesDrafts)).toBeNull();
    const hidden = await answer(loadVisible(load(thing), seesDrafts, THING));
    expect(hidden).toEqual(await answer(loadVisible(load(null), seesDrafts, THING)));
    expect(hidden).toMatchObject({ code: 'NOT_FOUND', text: { en: 'The thing was not found.' } });
  });

  it('says FORBIDDEN for a change only to those who may see the thing', async () => {
    const rules = (canSee: boolean, canEdit: boolean) => ({ canSee: () => canSee, canEdit: () => canEdit });
    expect(await answer(loadEditable(load(thing), rules(false, false), THING))).toEqual(
      await answer(loadEditable(load(null), rules(false, false), THING)),
    );
    expect(await answer(loadEditable(load(thing), rules(true, false), THING))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await answer(loadEditable(load(thing), rules(false, true), THING))).toEqual({ ok: thing });
  });

  it('scopes moderation to the administered municipalities, everywhere for an admin', () => {
    expect(moderationScope(viewer(['administration', '1490'], ['teacher', '1880']))).toEqual(['1490']);
    expect(moderationScope(viewer(['admin', '0180']))).toBe('all');
    expect(moderationScope(viewer(['politician', '1490']))).toEqual([]);
    expect(moderationScope(null)).toEqual([]);
  });
});
