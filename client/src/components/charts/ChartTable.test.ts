import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import ChartTable from './ChartTable.vue';

describe('ChartTable', () => {
  it('marks the own municipality in its header and cells, and names missing values', () => {
    const wrapper = mount(ChartTable, {
      props: {
        caption: 'Meritvärde',
        yearLabel: 'År',
        series: [
          {
            id: '1880',
            label: 'Örebro',
            style: 'primary',
            highlight: true,
            points: [
              { year: 2023, value: 220 },
              { year: 2024, value: null, missingReason: 'SUPPRESSED' },
            ],
          },
          { id: 'SE', label: 'Riket', style: 'secondary', points: [{ year: 2023, value: 225 }] },
        ],
        formatValue: (v: number) => String(v),
        missingText: (reason: string | null | undefined) => `saknas (${reason ?? 'ingen uppgift'})`,
        highlightLabel: (label: string) => `${label} (markerad)`,
      },
    });
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['År', 'Örebro (markerad)', 'Riket']);
    expect(wrapper.find('thead th.highlight-col').text()).toBe('Örebro (markerad)');
    const rows = wrapper.findAll('tbody tr');
    expect(rows[0]!.find('td.highlight-col').text()).toBe('220');
    expect(rows[1]!.find('td.highlight-col').text()).toBe('saknas (SUPPRESSED)');
    expect(rows[1]!.findAll('td')[1]!.text()).toBe('saknas (ingen uppgift)');
  });
});
