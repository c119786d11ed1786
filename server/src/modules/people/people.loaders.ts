import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import type { PersonDoc } from './person.model.js';
import { findPeople } from './person.repository.js';

/** Loads people by id (never their password hash), many in one query; built per request. */
export function createPersonLoader(): DataLoader<string, PersonDoc | null> {
  return new DataLoader(
    async (keys) => {
      const docs = await findPeople(keys.map((k) => new mongoose.Types.ObjectId(k)));
      const map = new Map(docs.map((d) => [d._id.toHexString(), d]));
      return keys.map((k) => map.get(k) ?? null);
    },
    // People are asked for at several depths of one page (a plan's responsible, each item's):
    // waiting for the end of the event-loop turn puts them all in one query.
    { batchScheduleFn: (dispatch) => setImmediate(dispatch) },
  );
}
