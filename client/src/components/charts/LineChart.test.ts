import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import LineChart from './LineChart.vue';

describe('LineChart', () => {
  it('draws a gap and a marker with the reason for a missing value, never a point at zero', () => {
    const wrapper = mount(LineChart, {
      props: {
        title: 'Meritvärde, Borås',
        series: [
          {
            id: '1490',
            label: 'Borås',
            style: 'primary',
            points: [
              { year: 2021, value: 220 },
              { year: 2022, value: null, missingReason: 'SUPPRESSED' },
              { year: 2023, value: 230 },
              { year: 2024, value: 232 },
            ],
          },
        ],
        target: { value: 240, label: 'Mål 2025' },
        formatValue: (v: number) => String(v),
        missingLabel: (year: number, reason: string | null | undefined) => `saknas ${year}: ${reason}`,
        missingLegend: 'Saknat värde',
      },
    });
    expect(wrapper.findAll('.series path')).toHaveLength(2);
    expect(wrapper.findAll('.series circle')).toHaveLength(3);
    expect(wrapper.find('.missing-marker title').text()).toBe('saknas 2022: SUPPRESSED');
    expect(wrapper.find('.target-line text').text()).toBe('Mål 2025');
    expect(wrapper.find('svg').attributes('role')).toBe('img');
    expect(wrapper.text()).toContain('Saknat värde');
  });
});
