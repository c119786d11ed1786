import { GoodExampleModel, type GoodExampleDoc } from './examples.model.js';

/** The demo's good examples, written as they are (no audit events: the demo is not anyone's edit). */
export async function seedGoodExamples(docs: ReadonlyArray<Omit<GoodExampleDoc, 'version'>>): Promise<void> {
  if (docs.length) await GoodExampleModel.insertMany(docs.map((d) => ({ ...d, version: 1 })));
}
