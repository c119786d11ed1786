import { PUPILS_WARNING, type QualityExport } from './quality-report.model.js';
import { xmlText } from '../../shared/xml.js';

// A minimal WordprocessingML package written by hand: the content types, the package's and the
// document's relationships, the core properties, the styles (Title, Heading1, Heading2, a bordered
// table) and the document itself. Word, LibreOffice and Google Docs open it.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

type Run = string | { text: string; bold?: boolean; italic?: boolean };

/** One run; a line break in the text is a <w:br/>, a tab a <w:tab/>. */
function run(part: Run): string {
  const { text, bold, italic } = typeof part === 'string' ? { text: part } : part;
  const props = bold || italic ? `<w:rPr>${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}</w:rPr>` : '';
  const body = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((piece) => `<w:t xml:space="preserve">${xmlText(piece)}</w:t>`)
        .join('<w:tab/>'),
    )
    .join('<w:br/>');
  return `<w:r>${props}${body}</w:r>`;
}

function paragraph(parts: Run | Run[], style?: string): string {
  const list = Array.isArray(parts) ? parts : [parts];
  const props = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${props}${list.map(run).join('')}</w:p>`;
}

const heading1 = (text: string) => paragraph(text, 'Heading1');
const heading2 = (text: string) => paragraph(text, 'Heading2');
const meta = (text: string) => paragraph(text, 'Meta');
const none = (text: string) => paragraph({ text, italic: true });
const labelled = (label: string, value: string) =>
  paragraph([{ text: `${label}${label.endsWith('?') ? '' : ':'} `, bold: true }, value]);

/** Text width of an A4 page with 2 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1134;

/** A bordered table; `weights` share the page's width between the columns. */
function table(header: string[], rows: string[][], weights: number[]): string {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  const cell = (text: string, i: number, bold: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/></w:tcPr>${paragraph({ text, bold })}</w:tc>`;
  const row = (cells: string[], isHeader: boolean) =>
    `<w:tr>${isHeader ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((c, i) => cell(c, i, isHeader)).join('')}</w:tr>`;
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="LyftaTable"/><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    row(header, true) +
    rows.map((r) => row(r, false)).join('') +
    // Word needs a paragraph between a table and what follows.
    '</w:tbl><w:p/>'
  );
}

/** The body: the report page's sections in the page's order, as in the PDF. */
export function documentXml(report: QualityExport): string {
  const out: string[] = [
    paragraph(report.title, 'Title'),
    meta(
      `${report.kindLabel} · ${report.municipality} · Läsår ${report.schoolYear} · Status: ${report.status} · Rapportdatum ${report.date}`,
    ),
    heading1('Resultat (ifyllt)'),
  ];
  if (report.figures.rows.length)
    out.push(
      table(
        ['Nyckeltal', ...report.figures.years],
        report.figures.rows.map((r) => [r.indicator, ...r.values]),
        [4, ...report.figures.years.map(() => 1.5)],
      ),
    );
  out.push(
    meta(
      report.figures.sources.length
        ? `Källa: ${report.figures.sources.join(', ')}. Saknade värden visas med skälet, aldrig som noll.`
        : 'Det finns ingen statistik för enheten de här åren.',
    ),
  );

  const texts = (list: QualityExport['textsBefore']) => {
    for (const t of list) {
      out.push(heading1(t.heading), t.text ? paragraph(t.text) : none('Inget skrivet.'));
      if (t.savedBy) out.push(meta(t.savedBy));
    }
  };
  texts(report.textsBefore);

  if (report.followUps.length) {
    out.push(heading1('Uppföljning av förra årets åtgärder'));
    for (const f of report.followUps) {
      out.push(heading2(f.text));
      out.push(
        meta(
          [
            `Beslutad läsåret ${f.fromYear}`,
            f.owner && `Ansvarig: ${f.owner}`,
            f.indicator && `Nyckeltal: ${f.indicator}`,
          ]
            .filter(Boolean)
            .join(' · '),
        ),
      );
      if (f.expectedEffect) out.push(labelled('Förväntad effekt', f.expectedEffect));
      out.push(labelled('Genomfördes åtgärden?', f.carriedOut));
      if (f.carriedOutEvidence) out.push(labelled('Underlag', f.carriedOutEvidence));
      out.push(labelled('Fick den avsedd effekt?', f.effect));
      if (f.effectEvidence) out.push(labelled('Underlag', f.effectEvidence));
      if (f.actionItem) out.push(labelled('Aktivitet i handlingsplan', f.actionItem));
    }
  }

  texts(report.textsAfter);

  out.push(heading1('Utvecklingsområden och orsaker'));
  if (!report.areas.length) out.push(none('Inga utvecklingsområden.'));
  for (const area of report.areas) {
    out.push(heading2(area.title), meta(`Tema: ${area.theme}`));
    if (area.description) out.push(paragraph(area.description));
    if (!area.causes.length) out.push(none('Ingen orsak angiven.'));
    for (const c of area.causes)
      out.push(
        labelled('Orsak', c.text),
        labelled(`Underlag (${c.evidenceKind})`, c.indicator ? `${c.evidence} (${c.indicator})` : c.evidence),
      );
  }

  out.push(heading1('Åtgärder'));
  if (!report.measures.length) out.push(none('Inga åtgärder.'));
  for (const m of report.measures) {
    out.push(
      heading2(m.text),
      meta([`Ansvarig: ${m.owner || '–'}`, `Klar senast: ${m.dueDate || 'inget datum'}`].join(' · ')),
    );
    if (m.cause) out.push(labelled('Orsak som åtgärden riktar sig mot', m.area ? `${m.cause} (${m.area})` : m.cause));
    if (m.indicator) out.push(labelled('Nyckeltal som ska påverkas', m.indicator));
    out.push(labelled('Förväntad effekt', m.expectedEffect));
    out.push(labelled('Aktivitet i handlingsplan', m.actionItem || 'Ingen ännu'));
  }

  if (report.participation) {
    out.push(
      heading1('Delaktighet'),
      table(
        ['Grupp', 'Deltog', 'Hur'],
        report.participation.groups.map((g) => [g.group, g.answer, g.how]),
        [2, 1.2, 5],
      ),
    );
    if (report.participation.pupilsWarning) out.push(paragraph({ text: PUPILS_WARNING, bold: true }));
  }

  if (report.unitsNotSubmitted) {
    out.push(heading1('Enheter som inte lämnat in'));
    if (!report.unitsNotSubmitted.length) out.push(none('Alla har lämnat in.'));
    for (const name of report.unitsNotSubmitted) out.push(paragraph(`– ${name}`));
  }

  out.push(heading1('Kommentarer'));
  if (!report.comments.length) out.push(none('Inga kommentarer.'));
  for (const c of report.comments)
    out.push(meta(`${c.author}, ${c.at}${c.returned ? ' – skickade tillbaka rapporten' : ''}`), paragraph(c.text));

  out.push(
    heading1('Historik'),
    table(
      ['Status', 'Datum', 'Av'],
      report.history.map((h) => [h.status, h.at, h.by]),
      [1.5, 1.5, 4],
    ),
  );

  return (
    XML_DECLARATION +
    `<w:document xmlns:w="${W}"><w:body>${out.join('')}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>' +
    '</w:sectPr></w:body></w:document>'
  );
}

const STYLES_XML =
  XML_DECLARATION +
  `<w:styles xmlns:w="${W}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>' +
  '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="sv-SE" w:eastAsia="sv-SE" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
  '<w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
  '<w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>' +
  '<w:rPr><w:b/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
  '<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr>' +
  '<w:rPr><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Meta"><w:name w:val="Meta"/><w:basedOn w:val="Normal"/>' +
  '<w:rPr><w:color w:val="444444"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
  '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
  '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="table" w:customStyle="1" w:styleId="LyftaTable"><w:name w:val="Lyfta table"/><w:basedOn w:val="TableNormal"/>' +
  '<w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`)
    .join('') +
  '</w:tblBorders></w:tblPr></w:style>' +
  '</w:styles>';

const CONTENT_TYPES_XML =
  XML_DECLARATION +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>';

const PACKAGE_RELS_XML =
  XML_DECLARATION +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>';

const DOCUMENT_RELS_XML =
  XML_DECLARATION +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

function coreXml(report: QualityExport): string {
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(report.title)}</dc:title><dc:creator>Lyfta</dc:creator><dc:language>sv-SE</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${report.date}T12:00:00Z</dcterms:created>` +
    '</cp:coreProperties>'
  );
}

/** The report as a .docx file. */
export async function renderQualityDocx(report: QualityExport): Promise<Buffer> {
  // Loaded on the first document rather than when the server starts.
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  // The content types first, as Office writes them; the date fixed so one report gives one file.
  const date = new Date(`${report.date}T12:00:00Z`);
  zip.file('[Content_Types].xml', CONTENT_TYPES_XML, { date, createFolders: false });
  zip.file('_rels/.rels', PACKAGE_RELS_XML, { date, createFolders: false });
  zip.file('docProps/core.xml', coreXml(report), { date, createFolders: false });
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS_XML, { date, createFolders: false });
  zip.file('word/styles.xml', STYLES_XML, { date, createFolders: false });
  zip.file('word/document.xml', documentXml(report), { date, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
