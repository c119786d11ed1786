import type { Seed } from '../plans/index.js';
import { ComplaintModel, DeficiencyModel, type ComplaintDoc, type DeficiencyDoc } from './deficiency.model.js';

// Bulk writes for the demo data and scripts, outside any request and so outside any viewer's
// scope. Requests read and write through deficiency.repository.ts.

/** Inserts deficiencies and complaints, each kind in one bulk write. */
export async function seedDeficiencies(seed: {
  deficiencies?: Seed<DeficiencyDoc>[];
  complaints?: Seed<ComplaintDoc>[];
}): Promise<void> {
  if (seed.deficiencies?.length) await DeficiencyModel.insertMany(seed.deficiencies);
  if (seed.complaints?.length) await ComplaintModel.insertMany(seed.complaints);
}
