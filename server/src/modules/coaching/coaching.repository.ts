import mongoose, { type ClientSession, type Types } from 'mongoose';
import { isAdmin, type Viewer } from '../../auth/index.js';
import { inTransaction, recordAudit, updateVersioned, withholdFromAuditLog } from '../audit/index.js';
import type { CoachingEntryKind, CoachingRequestState } from './coaching.enums.js';
import {
  COACHING_MAX,
  CoachingEntryModel,
  CoachingRequestModel,
  CoachProfileModel,
  EngagementModel,
  type CoachingEntryDoc,
  type CoachingRequestDoc,
  type CoachProfileDoc,
  type EngagementDoc,
} from './coaching.model.js';

// Reads and writes of coaching's collections. Every read takes the viewer and puts what they may
// know into the database filter, built from the same terms as coaching.policy.ts: an engagement
// is found only by its parties, the principal of its unit, the municipality's administration and
// an admin; its content (goal, summary, entries) only by its parties. A path that forgot the rule
// would find nothing. Audit events of coaching hold kinds, versions, states and flags, never text.

const trusted = mongoose.trusted;

// Coaching's audit events name who coaches whom and who read an engagement: they are stored (for an
// inquiry) but the audit log query lists none of them, to the administration and admins alike, who
// may know that an engagement exists but not who is in it.
withholdFromAuditLog('coachingEngagement', 'coachingRequest', 'coachProfile', 'coachingSettings');
const oid = (hex: string) => new mongoose.Types.ObjectId(hex);

/** An engagement without its content (goal and summary): what the facts' paths load. */
export type EngagementFactsDoc = Omit<EngagementDoc, 'goal' | 'summary'>;

/** An engagement's content as its parties read it. */
export interface EngagementContentDoc {
  engagementId: Types.ObjectId;
  goal: string | null;
  goalSetAt: Date | null;
  summary: string | null;
  entries: CoachingEntryDoc[];
}

const FACTS = { goal: 0, summary: 0 } as const;

/** Parties only: one of its teachers or its coach. */
const partyFilter = (viewer: Viewer) => {
  const me = oid(viewer.personId);
  return { $or: trusted([{ coachId: me }, { teacherIds: me }]) };
};

const principalUnits = (viewer: Viewer) =>
  viewer.memberships.filter((m) => m.role === 'principal').map((m) => oid(m.organisationId));

const codesWith = (viewer: Viewer, role: string) => [
  ...new Set(viewer.memberships.filter((m) => m.role === role).map((m) => m.municipalityCode)),
];

/** The engagements the viewer may know of (coaching.policy.ts engagementAccess not null), as a query condition. */
function knownEngagements(viewer: Viewer): Record<string, unknown> {
  if (isAdmin(viewer)) return {};
  const me = oid(viewer.personId);
  const branches: Record<string, unknown>[] = [{ coachId: me }, { teacherIds: me }];
  const units = principalUnits(viewer);
  if (units.length) branches.push({ unitId: trusted({ $in: units }) });
  const administered = codesWith(viewer, 'administration');
  if (administered.length) branches.push({ municipalityCode: trusted({ $in: administered }) });
  return { $or: trusted(branches) };
}

/** The requests the viewer may read (coaching.policy.ts canReadRequest), as a query condition. */
function readableRequests(viewer: Viewer): Record<string, unknown> {
  const me = oid(viewer.personId);
  const branches: Record<string, unknown>[] = [{ requestedById: me }, { teacherIds: me }];
  const units = principalUnits(viewer);
  if (units.length) branches.push({ unitId: trusted({ $in: units }) });
  const coaching = codesWith(viewer, 'coach');
  if (coaching.length)
    branches.push({ municipalityCode: trusted({ $in: coaching }), state: trusted({ $ne: 'withPrincipal' }) });
  return { $or: trusted(branches) };
}

// Reads

/** One engagement's facts, if the viewer may know of it; an unknown id does exactly the same query. */
export function findEngagement(viewer: Viewer, id: Types.ObjectId): Promise<EngagementFactsDoc | null> {
  return EngagementModel.findOne({ _id: id, ...knownEngagements(viewer) })
    .select(FACTS)
    .lean<EngagementFactsDoc>()
    .exec();
}

/** Engagements' facts by id, those the viewer may know of. */
export function findEngagements(viewer: Viewer, ids: readonly Types.ObjectId[]): Promise<EngagementFactsDoc[]> {
  return EngagementModel.find({ _id: trusted({ $in: [...ids] }), ...knownEngagements(viewer) })
    .select(FACTS)
    .lean<EngagementFactsDoc[]>()
    .exec();
}

/** A municipality's engagements the viewer may know of, newest first (facts only). */
export function listEngagements(viewer: Viewer, municipalityCode: string): Promise<EngagementFactsDoc[]> {
  return EngagementModel.find({ municipalityCode, ...knownEngagements(viewer) })
    .select(FACTS)
    .sort({ startedAt: -1, _id: -1 })
    .limit(500)
    .lean<EngagementFactsDoc[]>()
    .exec();
}

/**
 * The content of the engagements the viewer is a party of, by engagement id: the parties are in
 * the database filter, and entries are read only for the engagements that filter found.
 */
export async function readContent(
  viewer: Viewer,
  ids: readonly Types.ObjectId[],
): Promise<Map<string, EngagementContentDoc & { municipalityCode: string }>> {
  const found = await EngagementModel.find({ _id: trusted({ $in: [...ids] }), ...partyFilter(viewer) })
    .select({ goal: 1, goalSetAt: 1, summary: 1, municipalityCode: 1 })
    .lean<Pick<EngagementDoc, '_id' | 'goal' | 'goalSetAt' | 'summary' | 'municipalityCode'>[]>()
    .exec();
  const out = new Map<string, EngagementContentDoc & { municipalityCode: string }>();
  if (!found.length) return out;
  const entries = await CoachingEntryModel.find({ engagementId: trusted({ $in: found.map((e) => e._id) }) })
    .sort({ createdAt: 1, _id: 1 })
    .lean<CoachingEntryDoc[]>()
    .exec();
  for (const e of found)
    out.set(e._id.toHexString(), {
      engagementId: e._id,
      municipalityCode: e.municipalityCode,
      goal: e.goal ?? null,
      goalSetAt: e.goalSetAt ?? null,
      summary: e.summary ?? null,
      entries: entries.filter((x) => x.engagementId.equals(e._id)),
    });
  return out;
}

/**
 * An entry and its engagement's facts, if the viewer is a party of it. Always two queries, the
 * second with a fresh id when the entry is unknown, so an unknown entry costs what a hidden one does.
 */
export async function findEntryForParty(
  viewer: Viewer,
  id: Types.ObjectId,
): Promise<{ entry: CoachingEntryDoc; engagement: EngagementFactsDoc } | null> {
  const entry = await CoachingEntryModel.findById(id).lean<CoachingEntryDoc>().exec();
  const engagement = await EngagementModel.findOne({
    _id: entry?.engagementId ?? new mongoose.Types.ObjectId(),
    ...partyFilter(viewer),
  })
    .select(FACTS)
    .lean<EngagementFactsDoc>()
    .exec();
  return entry && engagement ? { entry, engagement } : null;
}

/** One request, if the viewer may read it; an unknown id does exactly the same query. */
export function findRequest(viewer: Viewer, id: Types.ObjectId): Promise<CoachingRequestDoc | null> {
  return CoachingRequestModel.findOne({ _id: id, ...readableRequests(viewer) })
    .lean<CoachingRequestDoc>()
    .exec();
}

/** A municipality's requests the viewer may read, newest first. */
export function listRequests(viewer: Viewer, municipalityCode: string): Promise<CoachingRequestDoc[]> {
  return CoachingRequestModel.find({ municipalityCode, ...readableRequests(viewer) })
    .sort({ createdAt: -1, _id: -1 })
    .limit(500)
    .lean<CoachingRequestDoc[]>()
    .exec();
}

/** The coach profiles of a municipality. */
export function listCoachProfiles(municipalityCode: string): Promise<CoachProfileDoc[]> {
  return CoachProfileModel.find({ municipalityCode })
    .sort({ name: 1, _id: 1 })
    .limit(500)
    .lean<CoachProfileDoc[]>()
    .exec();
}

/** One coach's profile in a municipality, or null. */
export function findCoachProfile(personId: Types.ObjectId, municipalityCode: string): Promise<CoachProfileDoc | null> {
  return CoachProfileModel.findOne({ personId, municipalityCode }).lean<CoachProfileDoc>().exec();
}

// What the audit log keeps of coaching: never text.

/** A request as its audit events store it: state, subject, version and how many teachers. */
export const requestAudit = (r: CoachingRequestDoc) => ({
  state: r.state,
  subject: r.subject,
  teachers: r.teacherIds.length,
  team: r.teamName !== null,
  version: r.version,
  engagementId: r.engagementId,
});

/** An engagement as its audit events store it: state, version, the agreement's flags and whether a goal and summary are written. */
export const engagementAudit = (e: EngagementDoc) => ({
  state: e.state,
  version: e.version,
  sharesDates: e.agreement.sharesDates,
  sharesStatus: e.agreement.sharesStatus,
  hasGoal: e.goal !== null,
  hasSummary: e.summary !== null,
});

/** An entry as its engagement's audit events store it: which, its kind, version and done flag. */
const entryAudit = (e: CoachingEntryDoc) => ({ entryId: e._id, kind: e.kind, version: e.version, done: e.done });

// Writes

/** Creates a request with its audit event. */
export function insertRequest(
  viewer: Viewer,
  doc: Omit<CoachingRequestDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>,
): Promise<CoachingRequestDoc> {
  return inTransaction(async (session) => {
    const [created] = await CoachingRequestModel.create([{ ...doc, version: 1 }], { session });
    const r = created!.toObject() as CoachingRequestDoc;
    await recordAudit(session, viewer, {
      action: 'coaching.request',
      targetType: 'coachingRequest',
      targetId: r._id,
      municipalityCode: r.municipalityCode,
      before: null,
      after: requestAudit(r),
    });
    return r;
  });
}

/** Changes a request in a state on the version seen, audited; `also` writes more in the same transaction. */
export function updateRequest(
  viewer: Viewer,
  r: CoachingRequestDoc,
  expectedVersion: number,
  set: Partial<CoachingRequestDoc>,
  action: string,
  conflict: (current: CoachingRequestDoc | null) => Error,
  also?: (session: ClientSession) => Promise<void>,
): Promise<CoachingRequestDoc> {
  return updateVersioned<CoachingRequestDoc>({
    viewer,
    model: CoachingRequestModel,
    id: r._id,
    where: { state: r.state as CoachingRequestState },
    expectedVersion,
    update: { $set: set },
    action,
    targetType: 'coachingRequest',
    conflict,
    alsoInTransaction: also,
    auditView: requestAudit,
  });
}

/** Inserts the engagement a request began, with its audit event, inside the caller's transaction. */
export async function insertEngagement(
  session: ClientSession,
  viewer: Viewer,
  doc: Omit<EngagementDoc, 'version' | 'createdAt' | 'updatedAt'>,
): Promise<void> {
  const [created] = await EngagementModel.create([{ ...doc, version: 1 }], { session });
  const e = created!.toObject() as EngagementDoc;
  await recordAudit(session, viewer, {
    action: 'coaching.engagement.start',
    targetType: 'coachingEngagement',
    targetId: e._id,
    municipalityCode: e.municipalityCode,
    before: null,
    after: engagementAudit(e),
  });
}

/** Changes an active engagement the viewer is a party of (teachers only with `teachersOnly`), on the version seen, audited. */
export async function updateEngagement(
  viewer: Viewer,
  id: Types.ObjectId,
  expectedVersion: number,
  set: Record<string, unknown>,
  action: string,
  conflict: (current: EngagementDoc | null) => Error,
  teachersOnly = false,
): Promise<EngagementFactsDoc> {
  const where = teachersOnly ? { teacherIds: oid(viewer.personId) } : partyFilter(viewer);
  const after = await updateVersioned<EngagementDoc>({
    viewer,
    model: EngagementModel,
    id,
    where: { ...where, state: 'active' },
    expectedVersion,
    update: { $set: set },
    action,
    targetType: 'coachingEngagement',
    conflict,
    auditView: engagementAudit,
  });
  const { goal: _goal, summary: _summary, ...facts } = after;
  return facts;
}

/** The engagement is no longer open to the viewer's writing (closed, or not theirs): the change is not made. */
export class EngagementClosedError extends Error {}

/** The engagement already holds `COACHING_MAX.entries` entries: the entry is not written. */
export class EngagementFullError extends Error {}

/**
 * Holds an active engagement of the viewer's for the rest of the transaction: a write on it, so a
 * close committed at the same moment makes one of the two rerun and see the other.
 */
async function holdActive(session: ClientSession, viewer: Viewer, engagementId: Types.ObjectId) {
  const held = await EngagementModel.findOneAndUpdate(
    { _id: engagementId, state: 'active', ...partyFilter(viewer) },
    { $set: { updatedAt: new Date() } },
    { session, timestamps: false, projection: FACTS },
  )
    .lean<EngagementFactsDoc>()
    .exec();
  if (!held) throw new EngagementClosedError();
  return held;
}

/** Writes an entry in an active engagement the viewer is a party of, audited on the engagement. */
export function insertEntry(
  viewer: Viewer,
  engagementId: Types.ObjectId,
  entry: { kind: CoachingEntryKind; date: string | null; text: string },
): Promise<CoachingEntryDoc> {
  return inTransaction(async (session) => {
    const e = await holdActive(session, viewer, engagementId);
    // Counted after the hold: two entries written at once conflict on it, and the rerun counts both.
    const count = await CoachingEntryModel.countDocuments({ engagementId }).session(session).exec();
    if (count >= COACHING_MAX.entries) throw new EngagementFullError();
    const [created] = await CoachingEntryModel.create(
      [
        {
          ...entry,
          engagementId,
          municipalityCode: e.municipalityCode,
          done: false,
          authorId: oid(viewer.personId),
          authorName: viewer.name,
          version: 1,
        },
      ],
      { session },
    );
    const doc = created!.toObject() as CoachingEntryDoc;
    await recordAudit(session, viewer, {
      action: 'coaching.entry.add',
      targetType: 'coachingEngagement',
      targetId: engagementId,
      municipalityCode: e.municipalityCode,
      before: null,
      after: entryAudit(doc),
    });
    return doc;
  });
}

/** Changes an entry of an active engagement the viewer is a party of, on the version seen, audited on the engagement. */
export function updateEntry(
  viewer: Viewer,
  entry: CoachingEntryDoc,
  expectedVersion: number,
  set: Partial<Pick<CoachingEntryDoc, 'text' | 'date' | 'done'>>,
  conflict: (current: CoachingEntryDoc | null) => Error,
): Promise<CoachingEntryDoc> {
  return inTransaction(async (session) => {
    const e = await holdActive(session, viewer, entry.engagementId);
    const before = await CoachingEntryModel.findOneAndUpdate(
      { _id: entry._id, engagementId: entry.engagementId, version: expectedVersion },
      { $set: set, $inc: { version: 1 } },
      { session, returnDocument: 'before', runValidators: true },
    )
      .lean<CoachingEntryDoc>()
      .exec();
    if (!before) {
      const current = await CoachingEntryModel.findById(entry._id).session(session).lean<CoachingEntryDoc>().exec();
      throw conflict(current);
    }
    const after = (await CoachingEntryModel.findById(entry._id).session(session).lean<CoachingEntryDoc>().exec())!;
    await recordAudit(session, viewer, {
      action: 'coaching.entry.edit',
      targetType: 'coachingEngagement',
      targetId: entry.engagementId,
      municipalityCode: e.municipalityCode,
      before: entryAudit(before),
      after: entryAudit(after),
    });
    return after;
  });
}

/** Sets a coach's subjects in a municipality (creating the profile), audited. */
export function upsertCoachProfile(
  viewer: Viewer,
  municipalityCode: string,
  subjects: CoachProfileDoc['subjects'],
): Promise<CoachProfileDoc> {
  return inTransaction(async (session) => {
    const personId = oid(viewer.personId);
    const before = await CoachProfileModel.findOne({ personId, municipalityCode })
      .session(session)
      .lean<CoachProfileDoc>()
      .exec();
    const after = (await CoachProfileModel.findOneAndUpdate(
      { personId, municipalityCode },
      { $set: { subjects, name: viewer.name }, $setOnInsert: { personId, municipalityCode } },
      { session, upsert: true, returnDocument: 'after', runValidators: true },
    )
      .lean<CoachProfileDoc>()
      .exec())!;
    await recordAudit(session, viewer, {
      action: 'coaching.profile',
      targetType: 'coachProfile',
      targetId: after._id,
      municipalityCode,
      before: before && { subjects: before.subjects },
      after: { subjects: after.subjects },
    });
    return after;
  });
}

/** Records that the viewer read these engagements' content: who, when, which; never what. */
export function recordContentRead(
  viewer: Viewer,
  engagements: ReadonlyArray<{ engagementId: Types.ObjectId; municipalityCode: string }>,
): Promise<void> {
  if (!engagements.length) return Promise.resolve();
  return inTransaction(async (session) => {
    for (const e of engagements)
      await recordAudit(session, viewer, {
        action: 'coaching.read',
        targetType: 'coachingEngagement',
        targetId: e.engagementId,
        municipalityCode: e.municipalityCode,
        before: null,
        after: null,
      });
  });
}

/** Inserts demo coaching as given (no request, no audit): demo and scripts only. */
export async function seedCoaching(data: {
  requests?: Partial<CoachingRequestDoc>[];
  engagements?: Partial<EngagementDoc>[];
  entries?: Partial<CoachingEntryDoc>[];
  profiles?: Partial<CoachProfileDoc>[];
}): Promise<void> {
  if (data.requests?.length) await CoachingRequestModel.insertMany(data.requests);
  if (data.engagements?.length) await EngagementModel.insertMany(data.engagements);
  if (data.entries?.length) await CoachingEntryModel.insertMany(data.entries);
  if (data.profiles?.length) await CoachProfileModel.insertMany(data.profiles);
}
