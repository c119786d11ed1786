import { editScope, requireViewer, toObjectId, type ReadScope, type Viewer } from '../../auth/index.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { findReadableComment, type CommentInScope } from '../dialogue/index.js';
import { findArea, findItem, findPlan } from '../plans/index.js';
import { findGoal } from '../goals/index.js';
import { findOrganisationByCode } from '../organisations/index.js';
import type { ConsentState } from './examples.enums.js';
import { EXAMPLE_MAX, type GoodExampleDoc } from './examples.model.js';
import { answerExampleInput, liftExampleInput, municipalityCodeInput } from './examples.inputs.js';
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
  const parsed = municipalityCodeInput.safeParse(code);
  const org = parsed.success ? await findOrganisationByCode(parsed.data) : null;
  if (!org || org.kind !== 'municipality') throw new NotFoundError(MUNICIPALITY);
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
  const text = title ?? '';
  return text.length > EXAMPLE_MAX.context ? `${text.slice(0, EXAMPLE_MAX.context - 1)}…` : text;
}

/**
 * Lifts a text as a good example: a leader of the municipality, from a text they can read that is
 * not hidden. The author is asked for consent; until they give it, nothing is published. Lifting a
 * text again finds the example made the first time.
 */
export async function liftAsExample(viewer: Viewer | null, input: unknown): Promise<GoodExampleDoc> {
  const v = requireViewer({ viewer });
  const scope = editScope(v);
  const data = parseInput(liftExampleInput, input, 'input');
  const found = await findReadableComment(v, data.sourceId, 'input.sourceId');
  const { comment } = found;
  if (!canLiftExample(v, comment.municipalityCode)) throw new ForbiddenError();
  if (comment.hidden)
    throw new BadInputError([
      {
        field: 'input.sourceId',
        message: {
          sv: 'är dold av moderering och kan inte lyftas',
          en: 'is hidden by moderation and cannot be lifted',
        },
      },
    ]);
  const doc = {
    municipalityCode: comment.municipalityCode,
    source: 'comment' as const,
    sourceId: comment._id,
    context: await contextOf(scope, found),
    text: comment.text,
    authorId: comment.authorId,
    authorName: comment.authorName,
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
    const [existing] = await examplesOfSources('comment', [comment._id]);
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
