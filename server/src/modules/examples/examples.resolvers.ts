import type { Viewer } from '../../auth/index.js';
import type { GoodExampleDoc } from './examples.model.js';
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

/** An example as the viewer may see it: a published one for everyone who reads its text, others for its writer and the administration. */
const shownExample = (viewer: Viewer | null, e: GoodExampleDoc | null) =>
  e && (e.consent === 'given' || seesUnpublishedExample(viewer, e)) ? e : null;

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
  SuccessFactor: {
    canLiftAsExample: (f, _a, ctx) => !f.withdrawn && canLiftExample(ctx.viewer, f.municipalityCode),
    goodExample: async (f, _a, ctx) =>
      shownExample(ctx.viewer, await ctx.loaders.exampleOfFactor.load(f._id.toHexString())),
  },
  Question: {
    canLiftAnswerAsExample: (q, _a, ctx) => !!q.answer && !q.hidden && canLiftExample(ctx.viewer, q.municipalityCode),
    answerExample: async (q, _a, ctx) =>
      shownExample(ctx.viewer, await ctx.loaders.exampleOfAnswer.load(q._id.toHexString())),
  },
  Comment: {
    canLiftAsExample: (c, _a, ctx) => !c.hidden && canLiftExample(ctx.viewer, c.municipalityCode),
    goodExample: async (c, _a, ctx) =>
      shownExample(ctx.viewer, await ctx.loaders.exampleOfComment.load(c._id.toHexString())),
  },
};
