import { describe, expect, it } from 'vitest';
import { guardFormula, renderCsv } from './report.csv.js';
import { reportFileName } from './report.routes.js';
import { buildPlanReport, overallProgress } from './report.model.js';

describe('report cells and names', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+46 70', "'+46 70"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['Läget är gott', 'Läget är gott'],
    ['', ''],
  ])('guards %j as %j', (input, expected) => {
    expect(guardFormula(input)).toBe(expected);
  });

  it('names files in ASCII from the title and date', () => {
    expect(reportFileName({ title: 'Lust att lära – möjlighet att lyckas!', date: '2025-06-01' }, 'pdf')).toBe(
      'lyfta-lust-att-lara-mojlighet-att-lyckas-2025-06-01.pdf',
    );
    expect(reportFileName({ title: '"; rm -rf / ;\r\n📈', date: '2025-06-01' }, 'csv')).toBe(
      'lyfta-rm-rf-2025-06-01.csv',
    );
    expect(reportFileName({ title: '📈', date: '2025-06-01' }, 'xlsx')).toBe('lyfta-plan-2025-06-01.xlsx');
    expect(reportFileName({ title: 'å'.repeat(500), date: '2025-06-01' }, 'pdf')).toHaveLength(
      'lyfta--2025-06-01.pdf'.length + 60,
    );
  });

  it('computes progress as the plan page does: done is 100, cancelled left out', () => {
    expect(
      overallProgress([
        { status: 'DONE', progress: 20 },
        { status: 'IN_PROGRESS', progress: 150 },
        { status: 'CANCELLED', progress: 50 },
        { status: 'NOT_STARTED', progress: 0 },
      ]),
    ).toMatchObject({ percent: 67, counted: 3, sum: 200, done: 1, cancelled: 1 });
    expect(overallProgress([])).toMatchObject({ percent: 0, counted: 0 });
  });

  it('writes an empty plan as a header row only, with quotes where a cell needs them', () => {
    const report = buildPlanReport(
      {
        id: 'p',
        title: 'Plan',
        purpose: '',
        startingPoints: [],
        status: 'ACTIVE',
        ownerTitle: null,
        responsibleTitle: null,
        period: { from: '2024/25', to: '2025/26' },
        owner: {
          name: 'Skola',
          kind: 'SCHOOL_UNIT',
          parent: { name: 'Borås kommun', kind: 'MUNICIPALITY', parent: null },
        },
        responsible: null,
        areas: [
          {
            title: 'Område; "ett"',
            items: {
              totalCount: 1,
              nodes: [
                {
                  text: 'Rad\nbrytning',
                  status: 'NOT_STARTED',
                  progress: 0,
                  effect: 'ska inte synas',
                  dueDate: '2025-12-31T23:30:00.000Z',
                  responsible: null,
                  lastUpdate: null,
                },
              ],
            },
          },
          { title: 'Tomt', items: { totalCount: 0, nodes: [] } },
        ],
        goals: [],
      },
      new Date('2025-06-01T22:30:00Z'),
    );
    expect(report.municipality).toBe('Borås kommun');
    // Dates are Swedish days: 23:30 UTC on New Year's Eve is already the new year in Sweden.
    expect(report.date).toBe('2025-06-02');
    const lines = renderCsv(report).toString('utf8').slice(1).split('\r\n');
    expect(lines[1]).toBe('"Område; ""ett""";"Rad\nbrytning";;2026-01-01;Ej påbörjad;0;;;;');
    expect(lines).toHaveLength(3);
  });
});
