import { z } from 'zod';
import { requireViewer } from '../../../auth/index.js';
import type { Resolvers } from '../../../graphql/generated/resolvers-types.js';
import { NotFoundError } from '../../../shared/errors.js';
import { bilingual, parseInput } from '../../../shared/validation.js';
import { getAnalysis } from '../analysis/data.js';
import { nearestByBackground } from '../analysis/similar.js';
import { municipalities } from '../municipalities.js';

/** At most this many similar municipalities in one answer. */
export const MAX_SIMILAR = 10;

const similarInput = z.object({
  code: z
    .string()
    .regex(/^\d{4}$/, bilingual('är ingen kommunkod (4 siffror)', 'is not a municipality code (4 digits)')),
  year: z.number().int(),
  first: z
    .number()
    .int(
      bilingual(`måste vara ett heltal från 1 till ${MAX_SIMILAR}`, `must be a whole number from 1 to ${MAX_SIMILAR}`),
    )
    .min(1, bilingual(`måste vara från 1 till ${MAX_SIMILAR}`, `must be from 1 to ${MAX_SIMILAR}`))
    .max(MAX_SIMILAR, bilingual(`får vara högst ${MAX_SIMILAR}`, `may be at most ${MAX_SIMILAR}`)),
});

/** The 290 municipalities by Swedish name, from the bundled register. */
export function municipalityNames(): Array<{ municipalityCode: string; name: string; countyName: string | null }> {
  return [...municipalities().values()]
    .map((m) => ({ municipalityCode: m.code, name: m.name, countyName: m.countyName || null }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/**
 * The municipalities nearest to one by the results model's background shares in a year (all
 * organisers: the shares the ranking's regression uses), nearest first.
 */
export async function similarMunicipalitiesFor(
  args: unknown,
): Promise<Array<{ municipalityCode: string; name: string; distance: number }>> {
  const { code, year, first } = parseInput(similarInput, args);
  const info = municipalities().get(code);
  if (!info) throw new NotFoundError({ sv: `Kommunen ${code}`, en: `Municipality ${code}` });
  const y = (await getAnalysis('all')).byYear.get(year);
  if (!y) throw new NotFoundError({ sv: `Resultat för ${year}`, en: `Results for ${year}` });
  return nearestByBackground(y.rows, code, first).map((n) => ({
    municipalityCode: n.code,
    name: municipalities().get(n.code)?.name ?? n.code,
    distance: Math.round(n.distance * 1000) / 1000,
  }));
}

/** Query.municipalityNames and Query.similarMunicipalities: any signed-in viewer. */
export const peerChoiceResolvers: Resolvers = {
  Query: {
    municipalityNames: (_p, _a, ctx) => {
      requireViewer(ctx);
      return municipalityNames();
    },
    similarMunicipalities: (_p, args, ctx) => {
      requireViewer(ctx);
      return similarMunicipalitiesFor({ code: args.code, year: args.year, first: args.first ?? 5 });
    },
  },
};
