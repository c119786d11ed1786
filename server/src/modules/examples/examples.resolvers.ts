import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { NotFoundError } from '../../shared/errors.js';
import { findOrganisationByCode } from '../organisations/index.js';
import { canLiftExample, isAuthorOf, seesUnpublishedExample } from './examples.policy.js';
import { consentStateValues, exampleSourceValues } from './examples.enums.js';
import {
  answerExample,
  liftAsExample,
  listLiftedExamples,
  listMyExampleRequests,
  listPublishedExamples,
  shownAuthorName,
} from './examples.service.js';

export const exampleResolvers: Resolvers = {
  ExampleSource: exampleSourceValues,
  ConsentState: consentStateValues,
  Query: {
    goodExamples: (_p, { municipalityCode }) => listPublishedExamples(municipalityCode),
    liftedExamples: (_p, { municipalityCode }, ctx) => listLiftedExamples(ctx.viewer, municipalityCode),
    myExampleRequests: (_p, _a, ctx) => listMyExampleRequests(ctx.viewer),
  },
  Mutation: {
    liftAsExample: (_p, { input }, ctx) => liftAsExample(ctx.viewer, input),
    answerExample: (_p, { input }, ctx) => answerExample(ctx.viewer, input),
  },
  GoodExample: {
    id: (e) => e._id.toHexString(),
    sourceId: (e) => e.sourceId.toHexString(),
    authorName: (e, _a, ctx) => shownAuthorName(ctx.viewer, e),
    liftedAt: (e) => e.createdAt,
    municipality: async (e) => {
      const org = await findOrganisationByCode(e.municipalityCode);
      if (!org) throw new NotFoundError({ sv: 'Kommunen', en: 'The municipality' });
      return org;
    },
    canAnswer: (e, _a, ctx) => isAuthorOf(ctx.viewer, e),
  },
  Comment: {
    canLiftAsExample: (c, _a, ctx) => !c.hidden && canLiftExample(ctx.viewer, c.municipalityCode),
    goodExample: async (c, _a, ctx) => {
      const e = await ctx.loaders.exampleOfComment.load(c._id.toHexString());
      if (!e) return null;
      return e.consent === 'given' || seesUnpublishedExample(ctx.viewer, e) ? e : null;
    },
  },
};
