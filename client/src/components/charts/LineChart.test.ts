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

  it('labels every tick, draws the own municipality on top with its legend entry, and ranks with 1 at the top', async () => {
    const wrapper = mount(LineChart, {
      props: {
        title: 'Placering',
        invert: true,
        series: [
          {
            id: '0680',
            label: 'Jönköping',
            style: 'secondary',
            points: [
              { year: 2022, value: 80 },
              { year: 2023, value: 95 },
            ],
          },
          {
            id: '1880',
            label: 'Örebro',
            style: 'primary',
            highlight: true,
            points: [
              { year: 2022, value: 120 },
              { year: 2023, value: 101 },
            ],
          },
        ],
        formatValue: (v: number) => String(v),
        missingLabel: () => '',
        missingLegend: 'Saknat värde',
        highlightLabel: (label: string) => `${label} (markerad)`,
      },
    });
    const yLabels = wrapper.findAll('.y-tick text').map((t) => t.text());
    expect(yLabels[0]).toBe('1');
    expect(yLabels).toContain('120');
    expect(wrapper.findAll('.x-tick').map((t) => t.text())).toEqual(['2022', '2023']);
    // Rank 1 is the top tick: the smallest y.
    const ys = wrapper.findAll('.y-tick line').map((l) => Number(l.attributes('y1')));
    expect(ys[0]).toBe(Math.min(...ys));
    // Text is sized in CSS pixels at a viewBox as wide as the SVG is drawn.
    const svg = wrapper.find('svg');
    expect(svg.attributes('viewBox')?.split(' ')[2]).toBe(svg.attributes('width'));
    expect(svg.attributes('style')).toMatch(/font-size: 1[2-9]px/);
    // The highlighted series is drawn last (on top) and heavier; the legend names it.
    const groups = wrapper.findAll('g.series');
    expect(groups.at(-1)?.attributes('data-series')).toBe('1880');
    expect(groups.at(-1)?.classes()).toContain('series-highlight');
    expect(groups.at(-1)?.find('circle').attributes('r')).toBe('5');
    expect(wrapper.find('.legend-highlight').text()).toBe('Örebro (markerad)');
    expect(wrapper.findAll('.chart-legend li').map((li) => li.text())).toEqual(['Jönköping', 'Örebro (markerad)']);
  });
});
