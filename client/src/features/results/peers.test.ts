import { describe, expect, it } from 'vitest';
import { codesFromQuery, matchMunicipality, type Peer } from './peers.js';

const names: Peer[] = [
  { code: '0114', name: 'Upplands Väsby' },
  { code: '0139', name: 'Upplands-Bro' },
  { code: '0160', name: 'Täby' },
  { code: '0305', name: 'Håbo' },
  { code: '0643', name: 'Habo' },
  { code: '0680', name: 'Jönköping' },
  { code: '1280', name: 'Malmö' },
  { code: '1490', name: 'Borås' },
  { code: '1880', name: 'Örebro' },
  { code: '2080', name: 'Falun' },
];
const code = (typed: string) => {
  const m = matchMunicipality(typed, names);
  return m.kind === 'match' ? m.peer.code : m.kind;
};

describe('matching a typed peer municipality', () => {
  it('accepts the name in any case, with spaces around it', () => {
    for (const typed of ['Jönköping', 'jönköping', 'JÖNKÖPING', '  Jönköping ']) expect(code(typed)).toBe('0680');
  });

  it('accepts the name with "kommun", genitive s included', () => {
    for (const typed of ['Jönköpings kommun', 'jönköping kommun', 'Borås kommun', 'Kommun Örebro', 'Falu kommun'])
      expect(code(typed), typed).not.toBe('unknown');
    expect(code('Jönköpings kommun')).toBe('0680');
    expect(code('Borås kommun')).toBe('1490');
    expect(code('Örebro kommun')).toBe('1880');
  });

  it('accepts the name without å, ä, ö and é', () => {
    expect(code('Jonkoping')).toBe('0680');
    expect(code('jonkopings kommun')).toBe('0680');
    expect(code('Orebro')).toBe('1880');
    expect(code('Malmo')).toBe('1280');
    expect(code('Taby')).toBe('0160');
    expect(code('Boras')).toBe('1490');
    expect(code('Upplands Vasby')).toBe('0114');
    // A dash or a space is the same.
    expect(code('upplands bro')).toBe('0139');
  });

  it('accepts the four-digit code, and no other number', () => {
    expect(code('0680')).toBe('0680');
    expect(code(' 1880 ')).toBe('1880');
    expect(code('9999')).toBe('unknown');
    expect(code('680')).toBe('unknown');
  });

  it('takes the name as written before the name without accents: Habo is Habo, Håbo is Håbo', () => {
    expect(code('Habo')).toBe('0643');
    expect(code('håbo kommun')).toBe('0305');
  });

  it('accepts the unique beginning of a name and calls several candidates ambiguous, with every one of them', () => {
    expect(code('Jönk')).toBe('0680');
    const upplands = matchMunicipality('Upplands', names);
    expect(upplands).toEqual({ kind: 'ambiguous', options: [names[0], names[1]] });
    const ha = matchMunicipality('Hab', names);
    expect(ha.kind === 'ambiguous' && ha.options.map((o) => o.code)).toEqual(['0305', '0643']);
  });

  it('says unknown for a name that is none, and empty for nothing', () => {
    expect(code('Gotham')).toBe('unknown');
    expect(code('kommun')).toBe('unknown');
    expect(code('   ')).toBe('empty');
  });
});

describe('peer codes in the URL', () => {
  it('keeps four-digit codes once each, not the page’s own municipality, at most ten', () => {
    expect(codesFromQuery('0680,1480', '1880')).toEqual(['0680', '1480']);
    expect(codesFromQuery('0680, 0680,1880,x,12345,{"$ne":1}', '1880')).toEqual(['0680']);
    expect(codesFromQuery(['0680', '1480'])).toEqual(['0680', '1480']);
    expect(codesFromQuery(undefined)).toEqual([]);
    const eleven = Array.from({ length: 11 }, (_, i) => String(1000 + i)).join(',');
    expect(codesFromQuery(eleven)).toHaveLength(10);
  });
});
