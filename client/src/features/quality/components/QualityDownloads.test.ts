import { describe, expect, it, vi } from 'vitest';
import QualityDownloads from './QualityDownloads.vue';
import { mountWithApp } from '../../../test/mount.js';

describe('QualityDownloads', () => {
  it("links the report's PDF, Word file and CSV, and prints the page", async () => {
    const { wrapper } = mountWithApp(QualityDownloads, { props: { reportId: 'abc123' } });
    expect(wrapper.find('nav').attributes('aria-label')).toBe('Ladda ner kvalitetsrapporten');
    expect(wrapper.findAll('a').map((a) => [a.text(), a.attributes('href'), a.attributes('download')])).toEqual([
      ['Ladda ner PDF', '/reports/quality/abc123.pdf', ''],
      ['Ladda ner Word', '/reports/quality/abc123.docx', ''],
      ['Ladda ner åtgärderna som CSV', '/reports/quality/abc123.csv', ''],
    ]);
    const original = window.print;
    const print = vi.fn();
    window.print = print;
    try {
      await wrapper.find('button').trigger('click');
      expect(print).toHaveBeenCalledOnce();
    } finally {
      window.print = original;
    }
  });
});
