import { describe, expect, it } from 'vitest';
import type { Role, Viewer } from './viewer.js';
import { canModerateIn, isAdministrationOf, readsAllOf, readsPublishedOf, rolesIn } from './policy.js';

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
