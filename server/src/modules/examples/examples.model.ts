import mongoose, { Schema, type Types } from 'mongoose';
import { storedText } from '../../shared/validation.js';
import { consentStateValues, exampleSourceValues, type ConsentState, type ExampleSource } from './examples.enums.js';

/** The longest texts of a good example, in characters as shared/validation.ts counts them. */
export const EXAMPLE_MAX = { note: 1000, text: 5000, context: 500 } as const;

/** How many examples a public page or feed shows at most (the newest). */
export const EXAMPLES_PUBLIC_MAX = 50;

/**
 * A text lifted as a good example. It is a copy: the author consents to these words, and a later
 * edit of the comment does not change what was published. Never deleted: a declined or withdrawn
 * consent keeps the record and unpublishes it.
 */
export interface GoodExampleDoc {
  _id: Types.ObjectId;
  municipalityCode: string;
  source: ExampleSource;
  sourceId: Types.ObjectId;
  /** What the text was written on (the plan's title, the item's text, the goal's title). */
  context: string;
  text: string;
  authorId: Types.ObjectId;
  authorName: string;
  /** Why the leader lifted it; shown with the example. */
  note: string;
  liftedById: Types.ObjectId;
  liftedByName: string;
  consent: ConsentState;
  /** When the author answered (gave, declined or withdrew); null while asked. */
  consentAt: Date | null;
  /** Whether the author agreed to be named on the public page; otherwise "en lärare". */
  named: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const exampleSchema = new Schema<GoodExampleDoc>(
  {
    municipalityCode: { type: String, required: true },
    source: { type: String, enum: Object.values(exampleSourceValues), required: true },
    sourceId: { type: Schema.Types.ObjectId, required: true },
    context: { type: String, default: '', validate: storedText(EXAMPLE_MAX.context) },
    text: { type: String, required: true, validate: storedText(EXAMPLE_MAX.text) },
    authorId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    authorName: { type: String, required: true },
    note: { type: String, default: '', validate: storedText(EXAMPLE_MAX.note) },
    liftedById: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    liftedByName: { type: String, required: true },
    consent: { type: String, enum: Object.values(consentStateValues), required: true },
    consentAt: { type: Date, default: null },
    named: { type: Boolean, default: false },
    version: { type: Number, default: 1 },
  },
  { timestamps: true },
);
// One example per text: lifting it twice (also at once) finds the first.
exampleSchema.index({ source: 1, sourceId: 1 }, { unique: true });
exampleSchema.index({ municipalityCode: 1, consent: 1, consentAt: -1 });
exampleSchema.index({ authorId: 1, consent: 1 });

export const GoodExampleModel = mongoose.model<GoodExampleDoc>('GoodExample', exampleSchema);
