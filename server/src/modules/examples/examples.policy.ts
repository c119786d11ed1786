import { canModerateIn, type Viewer } from '../../auth/index.js';
import type { GoodExampleDoc } from './examples.model.js';

/** Lifts a text as a good example: the municipality's administration (its leaders), or an admin. */
export function canLiftExample(viewer: Viewer | null, municipalityCode: string): boolean {
  return canModerateIn(viewer, municipalityCode);
}

/** Whether the viewer wrote the text: only the author gives, declines or withdraws consent. */
export function isAuthorOf(viewer: Viewer | null, example: Pick<GoodExampleDoc, 'authorId'>): boolean {
  return !!viewer && example.authorId.toHexString() === viewer.personId;
}

/**
 * Sees an example that is not published (asked, declined, withdrawn) and the author's name when
 * they did not agree to be named: its author and the municipality's administration.
 */
export function seesUnpublishedExample(
  viewer: Viewer | null,
  example: Pick<GoodExampleDoc, 'authorId' | 'municipalityCode'>,
): boolean {
  return isAuthorOf(viewer, example) || canLiftExample(viewer, example.municipalityCode);
}
