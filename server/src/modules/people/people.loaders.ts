import mongoose from 'mongoose';
import { KnownLoader } from '../../shared/known-loader.js';
import type { PersonDoc } from './person.model.js';
import { findPeople, joinablePeople } from './person.repository.js';
import type { JoinSource } from '../../shared/join-source.js';

/** Loads people by id (never their password hash), many in one query; built per request. */
export function createPersonLoader(): KnownLoader<PersonDoc | null> {
  return new KnownLoader(
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

/** People as another module's read may join them (never their password hash), primed into the request's loader. */
export function personJoin(loader: KnownLoader<PersonDoc | null>): JoinSource<PersonDoc> {
  return {
    ...joinablePeople,
    prime: (doc) => loader.prime(doc._id.toHexString(), doc),
  };
}
