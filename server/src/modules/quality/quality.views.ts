import type { ActionItemDoc } from '../plans/index.js';
import type { DevelopmentAreaDoc, MeasureDoc, QualityReportDoc, QualityTemplateDoc } from './quality.model.js';
import type { TextSection } from './quality.enums.js';

// What the API's quality types are resolved from (codegen's mappers).

/** A measure with the report it belongs to (its cause and its action item are found there). */
export interface MeasureView {
  measure: MeasureDoc;
  report: QualityReportDoc;
}

/** A heading's text with the template's guidance. */
export interface TextView {
  section: TextSection;
  text: string;
  guidance: string | null;
  version: number;
  updatedAt?: Date | null;
  updatedByName?: string | null;
}

/** A unit's development area under a theme. */
export interface ThemedAreaView {
  report: QualityReportDoc;
  area: DevelopmentAreaDoc;
}

/** A template as the API shows it (version 0: none saved yet). */
export type TemplateView = Pick<QualityTemplateDoc, 'municipalityCode' | 'headings' | 'guidance' | 'version'>;

/** createItemFromMeasure's answer. */
export interface ItemFromMeasureView {
  report: QualityReportDoc;
  item: ActionItemDoc;
}

/** One indicator's figures for a report (the indicator by key). */
export interface ResultView {
  key: string;
  figures: Array<{
    year: number;
    value: number | null;
    missingReason: import('../indicators/index.js').MissingReason | null;
    rawMark: string | null;
    source: string | null;
  }>;
}
