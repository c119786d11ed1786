import { describe, expect, it } from 'vitest';
import { registryOrganisations } from './organisations.js';
import { BORAS_PRINCIPAL_UNIT, TROLLHATTAN_SCHOOLS, demoPeople } from './stories.js';
import { parseCsvRows } from './csv.js';

describe('the demo organisations from the bundled registry', () => {
  const orgs = registryOrganisations();
  const byCode = new Map(orgs.map((o) => [o.code, o]));

  it('has all 290 municipalities and the compulsory-school units with real codes', () => {
    expect(orgs.filter((o) => o.kind === 'municipality')).toHaveLength(290);
    expect(orgs.filter((o) => o.kind === 'schoolUnit').length).toBeGreaterThan(4800);
    expect(byCode.get('1490')?.name).toBe('Borås kommun');
    expect(byCode.get('0180')?.name).toMatch(/Stockholm/);
    expect(new Set(orgs.map((o) => o.code)).size).toBe(orgs.length);
  });

  it('places the demo schools in the right municipalities', () => {
    expect(byCode.get(BORAS_PRINCIPAL_UNIT)?.municipalityCode).toBe('1490');
    for (const code of TROLLHATTAN_SCHOOLS) expect(byCode.get(code)?.municipalityCode).toBe('1488');
    for (const p of demoPeople) expect(byCode.has(p.organisationCode)).toBe(true);
  });

  it('parses quoted CSV cells', () => {
    expect(parseCsvRows('a,"b, c","d ""e"""\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'd "e"'],
      ['1', '2', '3'],
    ]);
  });
});
