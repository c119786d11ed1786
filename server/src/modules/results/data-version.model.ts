import mongoose, { Schema } from 'mongoose';

/**
 * A counter every results import increments, so each API process notices imports made by
 * another process (a CLI import, another server behind the load balancer) and drops its caches.
 */
const resultsDataVersionSchema = new Schema(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true, default: 0 },
    changedAt: { type: Date },
  },
  { versionKey: false },
);

export const ResultsDataVersionModel = mongoose.model('ResultsDataVersion', resultsDataVersionSchema);
