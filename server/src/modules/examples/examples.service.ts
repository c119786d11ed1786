import { editScope, readScope, requireViewer, toObjectId, type ReadScope, type Viewer } from '../../auth/index.js';
import type { Types } from 'mongoose';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type LocalizedText,
} from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { findReadableComment, type CommentInScope } from '../dialogue/index.js';
import { findArea, findItem, findPlan } from '../plans/index.js';
import { findGoal } from '../goals/index.js';
import { findMunicipality } from '../organisations/index.js';
import { findVisibleFactor } from '../meetings/index.js';
import { findVisibleQuestion } from '../questions/index.js';
import type { ConsentState, ExampleSource } from './examples.enums.js';
import { EXAMPLE_MAX, type GoodExampleDoc } from './examples.model.js';
import { answerExampleInput, liftExampleInput } from './examples.inputs.js';
import { canLiftExample, isAuthorOf, seesUnpublishedExample } from './examples.policy.js';
import {
  examplesOfAuthor,
  examplesOfMunicipality,
  examplesOfSources,
  findExample,
  insertExample,
  publishedExamples,
  setConsent,
} from './examples.repository.js';

const EXAMPLE = { sv: 'Det goda exemplet', en: 'The good example' };
const MUNICIPALITY = { sv: 'Kommunen', en: 'The municipality' };

/** The municipality behind a code; NOT_FOUND for a malformed or unknown one. */
async function municipalityOf(code: unknown): Promise<string> {
  const org = await findMunicipality(code);
  if (!org) throw new NotFoundError(MUNICIPALITY);
  return org.code;
}

/** Query.goodExamples and the feed: the published examples of a municipality, for anyone. */
export async function listPublishedExamples(municipalityCode: unknown): Promise<GoodExampleDoc[]> {
  return publishedExamples(await municipalityOf(municipalityCode));
}

/** Query.liftedExamples: every example of the municipality with its consent; its administration's. */
export async function listLiftedExamples(viewer: Viewer | null, municipalityCode: unknown): Promise<GoodExampleDoc[]> {
  const v = requireViewer({ viewer });
  const code = await municipalityOf(municipalityCode);
  if (!canLiftExample(v, code)) throw new ForbiddenError();
  return examplesOfMunicipality(code);
}

/** Query.myExampleRequests: the viewer's texts lifted as examples, those waiting for an answer first. */
export function listMyExampleRequests(viewer: Viewer | null): Promise<GoodExampleDoc[]> {
  const v = requireViewer({ viewer });
  return examplesOfAuthor(toObjectId(v.personId, 'viewer'));
}

/** A context cut to its longest. */
const clip = (s: string) => (s.length > EXAMPLE_MAX.context ? `${s.slice(0, EXAMPLE_MAX.context - 1)}…` : s);

/** What a comment was written on, in a few words: the plan's or goal's title, the area's, the item's text. */
async function contextOf(scope: ReadScope, found: CommentInScope): Promise<string> {
  const { type, id } = found.target;
  const title =
    type === 'actionPlan'
      ? (await findPlan(scope, id))?.title
      : type === 'area'
        ? (await findArea(scope, id))?.area.title
        : type === 'actionItem'
          ? (await findItem(scope, id))?.item.text
          : (await findGoal(scope, id))?.title;
  return clip(title ?? '');
}

/** What a lifted text is: its words, its writer, what it was written on, and whether it may be lifted at all. */
interface LiftableText {
  municipalityCode: string;
  sourceId: Types.ObjectId;
  text: string;
  authorId: Types.ObjectId;
  authorName: string;
  context: string;
  /** Why it cannot be lifted (hidden, withdrawn, not answered yet), or null. */
  refused: LocalizedText | null;
}

/** The text behind a source and id, if the viewer can read it (NOT_FOUND otherwise, as its module answers). */
async function liftableText(v: Viewer, source: ExampleSource, id: string): Promise<LiftableText> {
  if (source === 'factor') {
    const { factor, meeting, group } = await findVisibleFactor(v, id);
    return {
      municipalityCode: factor.municipalityCode,
      sourceId: factor._id,
      text: factor.text,
      authorId: factor.authorId,
      authorName: factor.authorName,
      context: clip(`${meeting.title} – ${group.name}`),
      refused: factor.withdrawn ? { sv: 'är återtagen av gruppen', en: 'was withdrawn by its group' } : null,
    };
  }
  if (source === 'answer') {
    const q = await findVisibleQuestion(v, id);
    return {
      municipalityCode: q.municipalityCode,
      sourceId: q._id,
      text: q.answer?.text ?? '',
      authorId: q.answer?.answererId ?? q.askerId,
      authorName: q.answer?.answererName ?? '',
      context: clip(q.title),
      refused: q.hidden
        ? { sv: 'hör till en fråga som är dold av moderering', en: 'belongs to a question hidden by moderation' }
        : q.answer
          ? null
          : { sv: 'har inget svar ännu', en: 'has no answer yet' },
    };
  }
  const found = await findReadableComment(v, id, 'input.sourceId');
  const { comment } = found;
  return {
    municipalityCode: comment.municipalityCode,
    sourceId: comment._id,
    text: comment.text,
    authorId: comment.authorId,
    authorName: comment.authorName,
    context: await contextOf(readScope(v), found),
    refused: comment.hidden
      ? { sv: 'är dold av moderering och kan inte lyftas', en: 'is hidden by moderation and cannot be lifted' }
      : null,
  };
}

/**
 * Lifts a text as a good example: a leader of the municipality, from a comment, an answer or a
 * success factor they can read. Its writer is asked for consent; until they give it, nothing is
 * published. Lifting a text again finds the example made the first time.
 */
export async function liftAsExample(viewer: Viewer | null, input: unknown): Promise<GoodExampleDoc> {
  const v = requireViewer({ viewer });
  const scope = editScope(v);
  const data = parseInput(liftExampleInput, input, 'input');
  const source = data.source as ExampleSource;
  const found = await liftableText(v, source, data.sourceId);
  if (!canLiftExample(v, found.municipalityCode)) throw new ForbiddenError();
  if (found.refused) throw new BadInputError([{ field: 'input.sourceId', message: found.refused }]);
  const doc = {
    municipalityCode: found.municipalityCode,
    source,
    sourceId: found.sourceId,
    context: found.context,
    text: found.text,
    authorId: found.authorId,
    authorName: found.authorName,
    note: data.note ?? '',
    liftedById: toObjectId(v.personId, 'viewer'),
    liftedByName: v.name,
    consent: 'asked' as const,
    consentAt: null,
    named: false,
  };
  try {
    return await insertExample(scope, doc);
  } catch (e) {
    // A lift of the same text at the same moment (a duplicate key, or the transaction's write
    // conflict with the first): the first example stands.
    const [existing] = await examplesOfSources(source, [found.sourceId]);
    if (!existing) throw e;
    return existing;
  }
}

/** Which answers an author may give from where the consent stands. */
const NEXT: Record<ConsentState, readonly ConsentState[]> = {
  asked: ['given', 'declined'],
  given: ['withdrawn'],
  declined: ['given'],
  withdrawn: ['given'],
};

/**
 * The author's answer: give consent (named or not), decline, or withdraw a consent given. Only the
 * author answers; a withdrawn or declined example stays recorded and is no longer published.
 */
export async function answerExample(viewer: Viewer | null, input: unknown): Promise<GoodExampleDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(answerExampleInput, input, 'input');
  const example = await findExample(toObjectId(data.id, 'input.id'));
  if (!example || !seesUnpublishedExample(v, example)) throw new NotFoundError(EXAMPLE);
  if (!isAuthorOf(v, example)) throw new ForbiddenError();
  if (!NEXT[example.consent].includes(data.consent))
    throw new BadInputError([
      {
        field: 'input.consent',
        message: {
          sv: `går inte från ”${example.consent}” till ”${data.consent}”`,
          en: `cannot go from “${example.consent}” to “${data.consent}”`,
        },
      },
    ]);
  const named = data.consent === 'given' ? (data.named ?? false) : example.named;
  return setConsent(
    v,
    example,
    data.expectedVersion,
    { consent: data.consent, named, consentAt: new Date() },
    (current) => (current ? new ConflictError(conflictPayload(current)) : new NotFoundError(EXAMPLE)),
  );
}

/** What a CONFLICT carries: the example's consent as it is now (only ever sent to its author). */
export function conflictPayload(e: GoodExampleDoc): Record<string, unknown> {
  return { id: e._id.toHexString(), version: e.version, consent: e.consent.toUpperCase(), named: e.named };
}

/** The author's name as the viewer may see it: always to the author and the administration, else only when named. */
export function shownAuthorName(viewer: Viewer | null, e: GoodExampleDoc): string | null {
  return e.named || seesUnpublishedExample(viewer, e) ? e.authorName : null;
}
