// The shared setup of the moderation API tests (moderation of comments, moderation of questions):
// where they play, the readers who report together, and the operations both ask.
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import { ApiClient, makeMunicipality, makeSchoolUnit, type GqlResponse } from './api.js';
import { signInMany } from './dialogue.js';
import type { Stage } from './roles.js';

export const REPORT = 'mutation($i: ReportContentInput!) { reportContent(input: $i) { id reason state } }';
export const REVIEW = `mutation($i: ReviewReportsInput!) { reviewReports(input: $i) {
  __typename id hidden hiddenReason text authorName } }`;
/** The queue with what each file looks at: the reasons and notes, and the comment or the content reported. */
export const QUEUE = `query($m: String!) { moderationQueue(municipalityCode: $m) { source sourceId reportCount
  reasons { reason count } notes hiddenByReports comment { id text authorName hidden }
  content { __typename id text authorName hidden writtenAt } } }`;

/** Borås (1490) with Engelbrektskolan 7-9 and another school, and Örebro (1880) as the other municipality. */
export async function borasStage(): Promise<Required<Stage>> {
  const municipality = await makeMunicipality('1490', 'Borås kommun');
  const otherMunicipality = await makeMunicipality('1880', 'Örebro kommun');
  const unit = await makeSchoolUnit(municipality, '86215855', 'Engelbrektskolan 7-9');
  const otherUnit = await makeSchoolUnit(municipality, '11112222', 'Annan skola');
  return { municipality, unit, otherUnit, otherMunicipality };
}

/** Three more teachers of the unit, "Läsare 1" to "Läsare 3", signed in, to report together. */
export function signInReaders(baseUrl: string, unit: OrganisationDoc): Promise<ApiClient[]> {
  return signInMany(baseUrl, 3, (i) => ({
    email: `reader${i + 1}@example.se`,
    memberships: [{ organisation: unit, role: 'teacher' }],
    name: `Läsare ${i + 1}`,
  }));
}

/** Reports a comment or a question as `by`; returns the raw response, errors included. */
export function reportContent(
  by: ApiClient,
  source: 'COMMENT' | 'QUESTION',
  sourceId: string,
  reason: string,
  note?: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on the shape
): Promise<GqlResponse<any>> {
  return by.gql(REPORT, { i: { source, sourceId, reason, note } });
}
