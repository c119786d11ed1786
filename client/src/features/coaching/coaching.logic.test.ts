import { describe, expect, it } from 'vitest';
import {
  coachesForSubject,
  engagementWho,
  entryKindsFor,
  entryProblems,
  isDay,
  latestNextStep,
  openAssignments,
  splitRequests,
  timeline,
} from './coaching.logic.js';

describe('coaching logic', () => {
  it('offers reflections and the next step to the teacher only', () => {
    expect(entryKindsFor(true)).toEqual(['MEETING', 'LESSON_VISIT', 'ASSIGNMENT', 'REFLECTION', 'NEXT_STEP']);
    expect(entryKindsFor(false)).toEqual(['MEETING', 'LESSON_VISIT', 'ASSIGNMENT']);
  });

  it('asks a day of meetings and lesson visits, refuses days that do not exist, and asks for text', () => {
    expect(entryProblems({ kind: 'MEETING', date: '', text: 'Samtal' })).toEqual({
      date: 'coaching.entry.dateMissing',
    });
    expect(entryProblems({ kind: 'LESSON_VISIT', date: '2026-02-30', text: 'x' })).toEqual({
      date: 'coaching.entry.dateInvalid',
    });
    expect(entryProblems({ kind: 'REFLECTION', date: '', text: '  ' })).toEqual({ text: 'coaching.entry.textMissing' });
    expect(entryProblems({ kind: 'ASSIGNMENT', date: '2026-03-01', text: 'Prova exit tickets' })).toEqual({});
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-2-3')).toBe(false);
  });

  it('orders the timeline by the day of each entry, the written day for those without one', () => {
    const entries = [
      { id: 'r', date: null, createdAt: '2026-02-10T09:00:00Z' },
      { id: 'm2', date: '2026-02-12', createdAt: '2026-02-01T09:00:00Z' },
      { id: 'm1', date: '2026-02-03', createdAt: '2026-02-03T12:00:00Z' },
      { id: 'v', date: '2026-02-03', createdAt: '2026-02-03T08:00:00Z' },
    ];
    expect(timeline(entries).map((e) => e.id)).toEqual(['v', 'm1', 'r', 'm2']);
  });

  it('finds the open assignments and the latest next step', () => {
    const entries = [
      { kind: 'ASSIGNMENT' as const, done: true, date: null, createdAt: '2026-01-01T00:00:00Z' },
      { kind: 'ASSIGNMENT' as const, done: false, date: null, createdAt: '2026-01-02T00:00:00Z' },
      { kind: 'NEXT_STEP' as const, done: false, date: null, createdAt: '2026-01-05T00:00:00Z' },
      { kind: 'NEXT_STEP' as const, done: false, date: '2026-01-03', createdAt: '2026-01-06T00:00:00Z' },
    ];
    expect(openAssignments(entries)).toEqual([entries[1]]);
    expect(latestNextStep(entries)).toBe(entries[2]);
    expect(latestNextStep([])).toBeNull();
  });

  it('lists the coaches of the subject first, the others after, by name', () => {
    const coaches = [
      { name: 'Östen', subjects: ['SO' as const] },
      { name: 'Anna', subjects: ['MATEMATIK' as const] },
      { name: 'Åsa', subjects: ['SO' as const, 'BILD' as const] },
    ];
    const { matching, others } = coachesForSubject(coaches, 'SO');
    expect(matching.map((c) => c.name)).toEqual(['Åsa', 'Östen']);
    expect(others.map((c) => c.name)).toEqual(['Anna']);
  });

  it('puts the requests the viewer can decide first, then the open ones, then the settled', () => {
    const r = (state: 'WITH_PRINCIPAL' | 'WITH_COACHES' | 'ACCEPTED', can: boolean) => ({
      state,
      canForward: false,
      canAccept: can,
      canDecline: can,
    });
    const requests = [r('ACCEPTED', false), r('WITH_COACHES', true), r('WITH_PRINCIPAL', false)];
    expect(splitRequests(requests)).toEqual({
      toDecide: [requests[1]],
      open: [requests[2]],
      settled: [requests[0]],
    });
  });

  it('names who an engagement is with only as far as the viewer may know', () => {
    expect(engagementWho({ teamName: 'Arbetslag 7', teacherNames: ['Johan Strand'] })).toBe(
      'Arbetslag 7 (Johan Strand)',
    );
    expect(engagementWho({ teamName: null, teacherNames: ['Johan Strand'] })).toBe('Johan Strand');
    expect(engagementWho({ teamName: null, teacherNames: [] })).toBeNull();
  });
});
