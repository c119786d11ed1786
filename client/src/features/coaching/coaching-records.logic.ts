import type { CoachingFigureState } from '../../api/generated/graphql.js';

/** One figure of the statistics as the page shows it: a number, held back ("för få"), or none ("inga"). */
export type FigureView = { kind: 'shown'; value: number } | { kind: 'tooFew' } | { kind: 'none' };

/**
 * What a figure shows. A figure held back is never shown as a number or as zero, and "none" only
 * when the server says no engagement exists there; a SHOWN figure without a value is treated as
 * held back rather than guessed.
 */
export function figureView(figure: { state: CoachingFigureState; value?: number | null }): FigureView {
  if (figure.state === 'NONE') return { kind: 'none' };
  if (figure.state === 'SHOWN' && typeof figure.value === 'number') return { kind: 'shown', value: figure.value };
  return { kind: 'tooFew' };
}

/** The typed months as the API takes them: a whole number, or null when it is not one (the range is the server's to check). */
export function typedMonths(typed: string | number): number | null {
  const text = String(typed).trim();
  if (!/^\d{1,6}$/.test(text)) return null;
  return Number(text);
}

/** The JSON download's name beside the text file's: the same name ending in .json. */
export function jsonFileName(textFileName: string): string {
  return /\.txt$/i.test(textFileName) ? textFileName.replace(/\.txt$/i, '.json') : `${textFileName}.json`;
}

/** A data: URL for a download of `text` (UTF-8), so no object URL has to be released afterwards. */
export function downloadHref(text: string, type: 'text/plain' | 'application/json'): string {
  return `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
}
