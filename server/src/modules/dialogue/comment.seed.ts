import type { Seed } from '../plans/index.js';
import { CommentModel, type CommentDoc } from './comment.model.js';

// Bulk writes for the demo data and scripts, outside any request and so outside any viewer's
// scope. Requests read and write through comment.repository.ts.

/** Inserts comments in one unordered bulk write. */
export async function seedComments(docs: Seed<CommentDoc>[]): Promise<void> {
  await CommentModel.insertMany(docs, { ordered: false });
}
