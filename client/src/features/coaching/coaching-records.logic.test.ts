import { describe, expect, it } from 'vitest';
import { downloadHref, figureView, jsonFileName, typedMonths } from './coaching-records.logic.js';

describe('a figure of the coaching statistics', () => {
  it('shows its value only when the server shows it, zero included', () => {
    expect(figureView({ state: 'SHOWN', value: 7 })).toEqual({ kind: 'shown', value: 7 });
    expect(figureView({ state: 'SHOWN', value: 0 })).toEqual({ kind: 'shown', value: 0 });
  });

  it('reads "för få" when held back, never a number, even if one came along', () => {
    expect(figureView({ state: 'TOO_FEW', value: null })).toEqual({ kind: 'tooFew' });
    expect(figureView({ state: 'TOO_FEW', value: 2 })).toEqual({ kind: 'tooFew' });
    // A shown figure without its value is not guessed as zero.
    expect(figureView({ state: 'SHOWN', value: null })).toEqual({ kind: 'tooFew' });
  });

  it('reads "inga" only where no engagement exists', () => {
    expect(figureView({ state: 'NONE', value: null })).toEqual({ kind: 'none' });
  });
});

describe('the retention months as typed', () => {
  it('are a whole number or nothing the server could name', () => {
    expect(typedMonths('24')).toBe(24);
    expect(typedMonths(' 6 ')).toBe(6);
    expect(typedMonths(0)).toBe(0);
    expect(typedMonths('500')).toBe(500);
    expect(typedMonths('')).toBeNull();
    expect(typedMonths('4.5')).toBeNull();
    expect(typedMonths('-3')).toBeNull();
    expect(typedMonths('tolv')).toBeNull();
  });
});

describe('the export as downloads', () => {
  it('names the JSON file after the text file', () => {
    expect(jsonFileName('sekretessprovning-coachning-abc-2026-05-01.txt')).toBe(
      'sekretessprovning-coachning-abc-2026-05-01.json',
    );
    expect(jsonFileName('material')).toBe('material.json');
  });

  it('carries the text whole, Swedish letters and line breaks included', () => {
    const text = 'MATERIAL FÖR SEKRETESSPRÖVNING — 39 kap.\nMål: läsa & skriva 100 %';
    const href = downloadHref(text, 'text/plain');
    expect(href.startsWith('data:text/plain;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.slice('data:text/plain;charset=utf-8,'.length))).toBe(text);
  });
});
