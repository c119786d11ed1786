// The good examples module's door: the published examples (for the feed), the service, the policy.
export type { GoodExampleDoc } from './examples.model.js';
export { EXAMPLE_MAX, EXAMPLES_PUBLIC_MAX } from './examples.model.js';
export * from './examples.service.js';
export { canLiftExample, isAuthorOf, seesUnpublishedExample } from './examples.policy.js';
export { exampleFeedRoutes } from './examples.feed.js';
export { seedGoodExamples } from './examples.seed.js';
export { exampleSourceValues, consentStateValues, type ExampleSource, type ConsentState } from './examples.enums.js';
