import { isAdmin, requireViewer, viewerMunicipalities, type Viewer } from '../../auth/index.js';
import { NotFoundError } from '../../shared/errors.js';
import { findMunicipality } from '../organisations/index.js';

/** How coaching's municipality-wide answers name what was not found. */
export const COACHING_TEXT = { sv: 'Lärarcoachningen', en: 'The teacher coaching' };

/**
 * The viewer and the municipality a statistics, records or settings request is about:
 * UNAUTHENTICATED without a session, NOT_FOUND for a municipality the viewer holds no role in
 * (exactly as for a code that does not exist); an admin holds every municipality.
 */
export async function viewerMunicipality(
  viewer: Viewer | null,
  municipalityCode: string,
): Promise<{ viewer: Viewer; code: string }> {
  const v = requireViewer({ viewer });
  const municipality = await findMunicipality(municipalityCode);
  if (!municipality || (!isAdmin(v) && !viewerMunicipalities(v).includes(municipality.code)))
    throw new NotFoundError(COACHING_TEXT);
  return { viewer: v, code: municipality.code };
}
