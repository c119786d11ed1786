import { PUPILS_WARNING, type QualityExport } from './quality-report.model.js';
import { documentFrame, pdfBytes } from './report.pdf.js';

type Content = Record<string, unknown> | string;

const cellsOf = (row: string[], style?: string) => row.map((value) => ({ text: value, ...(style ? { style } : {}) }));
const none = (text: string): Content => ({ text, style: 'body', italics: true });
const labelled = (label: string, value: string): Content => ({
  text: [{ text: `${label}${label.endsWith('?') ? '' : ':'} `, bold: true }, value],
  style: 'body',
});

/** The document: the report page's sections in the page's order. */
export function qualityPdfDefinition(report: QualityExport): Record<string, unknown> {
  const content: Content[] = [
    { text: report.title, style: 'title' },
    {
      text: `${report.kindLabel} · ${report.municipality} · Läsår ${report.schoolYear} · Status: ${report.status} · Rapportdatum ${report.date}`,
      style: 'facts',
    },
  ];

  content.push({ text: 'Resultat (ifyllt)', style: 'h2' });
  if (report.figures.rows.length) {
    content.push({
      table: {
        headerRows: 1,
        widths: ['*', ...report.figures.years.map(() => 'auto')],
        body: [
          cellsOf(['Nyckeltal', ...report.figures.years], 'th'),
          ...report.figures.rows.map((r) => [
            { text: r.indicator },
            ...r.values.map((v, i) => ({ text: v, alignment: 'right', italics: r.missing[i] })),
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      style: 'small',
      margin: [0, 0, 0, 4],
    });
  }
  content.push({
    text: report.figures.sources.length
      ? `Källa: ${report.figures.sources.join(', ')}. Saknade värden visas med skälet, aldrig som noll.`
      : 'Det finns ingen statistik för enheten de här åren.',
    style: 'facts',
  });

  const texts = (list: QualityExport['textsBefore']) => {
    for (const t of list) {
      content.push({ text: t.heading, style: 'h2' });
      content.push(t.text ? { text: t.text, style: 'body' } : none('Inget skrivet.'));
      if (t.savedBy) content.push({ text: t.savedBy, style: 'facts' });
    }
  };
  texts(report.textsBefore);

  if (report.followUps.length) {
    content.push({ text: 'Uppföljning av förra årets åtgärder', style: 'h2' });
    for (const f of report.followUps) {
      content.push({ text: f.text, style: 'item' });
      const facts = [
        `Beslutad läsåret ${f.fromYear}`,
        f.owner && `Ansvarig: ${f.owner}`,
        f.indicator && `Nyckeltal: ${f.indicator}`,
      ]
        .filter(Boolean)
        .join(' · ');
      content.push({ text: facts, style: 'facts' });
      if (f.expectedEffect) content.push(labelled('Förväntad effekt', f.expectedEffect));
      content.push(labelled('Genomfördes åtgärden?', f.carriedOut));
      if (f.carriedOutEvidence) content.push(labelled('Underlag', f.carriedOutEvidence));
      content.push(labelled('Fick den avsedd effekt?', f.effect));
      if (f.effectEvidence) content.push(labelled('Underlag', f.effectEvidence));
      if (f.actionItem) content.push(labelled('Aktivitet i handlingsplan', f.actionItem));
    }
  }

  texts(report.textsAfter);

  content.push({ text: 'Utvecklingsområden och orsaker', style: 'h2' });
  if (!report.areas.length) content.push(none('Inga utvecklingsområden.'));
  for (const area of report.areas) {
    content.push({ text: area.title, style: 'h3' });
    content.push({ text: `Tema: ${area.theme}`, style: 'facts' });
    if (area.description) content.push({ text: area.description, style: 'body' });
    if (!area.causes.length) content.push(none('Ingen orsak angiven.'));
    content.push(
      ...area.causes.map((c): Content => ({
        stack: [
          labelled('Orsak', c.text),
          labelled(`Underlag (${c.evidenceKind})`, c.indicator ? `${c.evidence} (${c.indicator})` : c.evidence),
        ],
        margin: [12, 0, 0, 4],
      })),
    );
  }

  content.push({ text: 'Åtgärder', style: 'h2' });
  if (!report.measures.length) content.push(none('Inga åtgärder.'));
  for (const m of report.measures) {
    content.push({ text: m.text, style: 'item' });
    content.push({
      text: [`Ansvarig: ${m.owner || '–'}`, `Klar senast: ${m.dueDate || 'inget datum'}`].join(' · '),
      style: 'facts',
    });
    if (m.cause)
      content.push(labelled('Orsak som åtgärden riktar sig mot', m.area ? `${m.cause} (${m.area})` : m.cause));
    if (m.indicator) content.push(labelled('Nyckeltal som ska påverkas', m.indicator));
    content.push(labelled('Förväntad effekt', m.expectedEffect));
    content.push(labelled('Aktivitet i handlingsplan', m.actionItem || 'Ingen ännu'));
  }

  if (report.participation) {
    content.push({ text: 'Delaktighet', style: 'h2' });
    content.push({
      table: {
        headerRows: 1,
        widths: ['auto', 'auto', '*'],
        body: [
          cellsOf(['Grupp', 'Deltog', 'Hur'], 'th'),
          ...report.participation.groups.map((g) => cellsOf([g.group, g.answer, g.how])),
        ],
      },
      layout: 'lightHorizontalLines',
      style: 'small',
      margin: [0, 0, 0, 4],
    });
    if (report.participation.pupilsWarning) content.push({ text: PUPILS_WARNING, style: 'body', bold: true });
  }

  if (report.unitsNotSubmitted) {
    content.push({ text: 'Enheter som inte lämnat in', style: 'h2' });
    content.push(
      report.unitsNotSubmitted.length ? { ul: report.unitsNotSubmitted, style: 'body' } : none('Alla har lämnat in.'),
    );
  }

  content.push({ text: 'Kommentarer', style: 'h2' });
  if (!report.comments.length) content.push(none('Inga kommentarer.'));
  for (const c of report.comments) {
    content.push({
      text: `${c.author}, ${c.at}${c.returned ? ' – skickade tillbaka rapporten' : ''}`,
      style: 'facts',
    });
    content.push({ text: c.text, style: 'body', margin: [0, 0, 0, 4] });
  }

  content.push({ text: 'Historik', style: 'h2' });
  content.push({
    table: {
      headerRows: 1,
      widths: ['auto', 'auto', '*'],
      body: [cellsOf(['Status', 'Datum', 'Av'], 'th'), ...report.history.map((h) => cellsOf([h.status, h.at, h.by]))],
    },
    layout: 'lightHorizontalLines',
    style: 'small',
  });

  return documentFrame({ ...report, subject: `Kvalitetsrapport, ${report.municipality}` }, content);
}

/** The quality report as a PDF (Roboto embedded, page numbers in the footer). */
export function renderQualityPdf(report: QualityExport): Promise<Buffer> {
  return pdfBytes(qualityPdfDefinition(report));
}
