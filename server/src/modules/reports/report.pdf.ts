import { createRequire } from 'node:module';
import type { PlanReport } from './report.model.js';

/** The part of pdfmake's Node API (0.3) the report uses; the package ships no types. */
interface PdfMake {
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);

// Roboto as pdfmake ships it (Latin-1 and more, so å, ä, ö and é), embedded in every file.
const fonts = {
  normal: require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'),
  bold: require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf'),
  italics: require.resolve('pdfmake/fonts/Roboto/Roboto-Italic.ttf'),
  bolditalics: require.resolve('pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf'),
};
const fontFiles = new Set(Object.values(fonts));

let loaded: PdfMake | undefined;
/**
 * pdfmake, loaded and set up on the first report rather than when the server starts: it and its
 * font library take a fifth of a second to load, on every start and in every test that starts one.
 */
function pdfmake(): PdfMake {
  if (loaded) return loaded;
  const pdf = require('pdfmake') as PdfMake;
  pdf.setFonts({ Roboto: fonts });
  // Nothing in a report is fetched: no URLs, and no files but the fonts.
  pdf.setUrlAccessPolicy(() => false);
  pdf.setLocalAccessPolicy((path) => fontFiles.has(path));
  return (loaded = pdf);
}

type Content = Record<string, unknown> | string;

const cellsOf = (row: Array<string | number>, style?: string) =>
  row.map((value) => ({ text: String(value), ...(style ? { style } : {}) }));

function itemBlock(item: PlanReport['areas'][number]['items'][number]): Content {
  const facts = [
    `Status: ${item.status}`,
    `Framsteg: ${item.progress} %`,
    `Ansvarig: ${item.responsible || 'ingen'}`,
    `Klar senast: ${item.dueDate || 'inget datum'}`,
  ].join(' · ');
  const stack: Content[] = [
    { text: item.text, style: 'item' },
    { text: facts, style: 'facts' },
    item.situation
      ? {
          text: [
            { text: 'Läget: ', bold: true },
            item.situation,
            { text: ` (${item.situationBy}, ${item.situationAt})`, color: '#444444' },
          ],
          style: 'body',
        }
      : { text: 'Läget: ingen uppdatering ännu.', style: 'body', italics: true },
  ];
  if (item.effect) stack.push({ text: [{ text: 'Effekt: ', bold: true }, item.effect], style: 'body' });
  return { stack, margin: [0, 0, 0, 8], unbreakable: item.situation.length + item.effect.length < 1500 };
}

/** The document: the same sections, in the same order, as the plan page's print view. */
export function pdfDefinition(report: PlanReport): Record<string, unknown> {
  const content: Content[] = [
    { text: report.title, style: 'title' },
    {
      text: `${report.municipality} · Period ${report.period} · Status: ${report.status} · Rapportdatum ${report.date}`,
      style: 'facts',
    },
    { text: `Ägare: ${report.owner}${report.responsible ? ` · Ansvarig: ${report.responsible}` : ''}`, style: 'facts' },
  ];
  if (report.purpose) content.push({ text: 'Syfte', style: 'h2' }, { text: report.purpose, style: 'body' });
  if (report.startingPoints.length) content.push({ ul: report.startingPoints, style: 'body' });

  content.push(
    { text: 'Planens framsteg', style: 'h2' },
    { text: `${report.progress.percent} % klart`, style: 'big' },
    { text: report.progress.explanation, style: 'body' },
    { text: 'Åtgärder per status', style: 'h2' },
    {
      table: {
        headerRows: 1,
        widths: [...report.counts.map(() => '*'), '*'],
        body: [
          cellsOf([...report.counts.map((c) => c.status), 'Totalt'], 'th'),
          cellsOf([...report.counts.map((c) => c.count), report.itemCount]),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 8],
    },
  );

  for (const area of report.areas) {
    content.push({ text: area.title, style: 'h2' });
    if (!area.items.length) content.push({ text: 'Inga åtgärder.', style: 'body', italics: true });
    content.push(...area.items.map(itemBlock));
  }
  if (report.omittedItems)
    content.push({ text: `${report.omittedItems} åtgärder får inte plats i rapporten.`, style: 'body', italics: true });

  content.push({ text: 'Mål och senaste värden', style: 'h2' });
  if (!report.goals.length) content.push({ text: 'Planen har inga mål.', style: 'body', italics: true });
  for (const goal of report.goals) {
    content.push({ text: goal.title, style: 'item' });
    if (!goal.targets.length) {
      content.push({ text: 'Inga målvärden.', style: 'body', italics: true });
      continue;
    }
    content.push({
      table: {
        headerRows: 1,
        widths: ['*', 'auto', 'auto', 'auto', 'auto'],
        body: [
          cellsOf(['Indikator', 'Målvärde', 'Senaste värde', 'År', 'Läge'], 'th'),
          ...goal.targets.map((t) =>
            cellsOf([`${t.indicator} (${t.scope})`, t.target, t.latestValue || '–', t.latestYear || '–', t.status]),
          ),
        ],
      },
      layout: 'lightHorizontalLines',
      style: 'small',
      margin: [0, 0, 0, 4],
    });
    content.push(...goal.targets.map((t) => ({ text: `${t.indicator}: ${t.reason}`, style: 'facts' })));
  }

  return documentFrame({ ...report, subject: `Rapport till nämnden, ${report.municipality}` }, content, {
    big: { fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
  });
}

/**
 * The page every Lyfta report is printed on: A4, the municipality in the header, the title, date
 * and page numbers in the footer, and one set of text styles (plus the report's own).
 */
export function documentFrame(
  report: { title: string; municipality: string; date: string; subject: string },
  content: unknown[],
  extraStyles: Record<string, Record<string, unknown>> = {},
): Record<string, unknown> {
  return {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    info: { title: report.title, author: 'Lyfta', subject: report.subject, creator: 'Lyfta', producer: 'Lyfta' },
    header: () => ({
      columns: [
        { text: 'Lyfta', bold: true },
        { text: report.municipality, alignment: 'right' },
      ],
      margin: [48, 24, 48, 0],
      fontSize: 9,
      color: '#333333',
    }),
    footer: (page: number, pages: number) => ({
      columns: [{ text: `${report.title} · ${report.date}` }, { text: `Sida ${page} av ${pages}`, alignment: 'right' }],
      margin: [48, 16, 48, 0],
      fontSize: 9,
      color: '#333333',
    }),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
      item: { bold: true, margin: [0, 4, 0, 1] },
      facts: { fontSize: 9, color: '#333333', margin: [0, 0, 0, 2] },
      body: { margin: [0, 0, 0, 2] },
      small: { fontSize: 9 },
      th: { bold: true },
      ...extraStyles,
    },
  };
}

/** The report as a PDF with its fonts embedded, page numbers in the footer. */
export function renderPdf(report: PlanReport): Promise<Buffer> {
  return pdfBytes(pdfDefinition(report));
}

/** Any report's document definition as a PDF, with the same fonts and the same access policy. */
export function pdfBytes(definition: Record<string, unknown>): Promise<Buffer> {
  return pdfmake().createPdf(definition).getBuffer();
}
