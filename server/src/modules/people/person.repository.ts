import mongoose, { type ClientSession, type Types } from 'mongoose';
import { PersonModel, type MembershipDoc, type PersonDoc } from './person.model.js';

// Reads and writes of the people collection. A person belongs to no one municipality (memberships
// may span several), so these take no viewer's scope; who may read or change what is the
// service's and the resolvers' rule. Only the sign-in reads the password hash.

const noHash = { passwordHash: 0 } as const;

/** How another module's read may join people: the collection, and the fields never handed out. */
export const joinablePeople = { from: PersonModel.collection.collectionName, hidden: Object.keys(noHash) };

/** The person with the email, hash included, for the sign-in; null when there is none. */
export function findPersonForSignIn(email: string): Promise<PersonDoc | null> {
  return PersonModel.findOne({ email }).lean<PersonDoc>().exec();
}

/** A person by id without the password hash, or null. */
export function findPerson(id: Types.ObjectId, session?: ClientSession): Promise<PersonDoc | null> {
  const query = PersonModel.findById(id).select(noHash);
  return (session ? query.session(session) : query).lean<PersonDoc>().exec();
}

/** People by id without their password hashes, in no particular order. */
export function findPeople(ids: readonly Types.ObjectId[]): Promise<PersonDoc[]> {
  return PersonModel.find({ _id: mongoose.trusted({ $in: [...ids] }) })
    .select(noHash)
    .lean<PersonDoc[]>()
    .exec();
}

/** The active people with the teacher role at any of the school units, by name (id and name only). */
export function teachersOfUnits(
  unitIds: readonly Types.ObjectId[],
): Promise<Array<Pick<PersonDoc, '_id' | 'name' | 'memberships'>>> {
  if (!unitIds.length) return Promise.resolve([]);
  return PersonModel.find({
    memberships: mongoose.trusted({ $elemMatch: { organisationId: { $in: [...unitIds] }, role: 'teacher' } }),
    active: mongoose.trusted({ $ne: false }),
  })
    .select({ name: 1, memberships: 1 })
    .sort({ name: 1, _id: 1 })
    .limit(1000)
    .lean<Array<Pick<PersonDoc, '_id' | 'name' | 'memberships'>>>()
    .exec();
}

/** The active demo accounts' email, name and memberships, by email. */
export function findDemoPeople(): Promise<PersonDoc[]> {
  return PersonModel.find({ demo: true, active: mongoose.trusted({ $ne: false }) })
    .select({ email: 1, name: 1, memberships: 1 })
    .sort({ email: 1 })
    .lean<PersonDoc[]>()
    .exec();
}

/** Whether an account has the email. */
export async function emailInUse(email: string): Promise<boolean> {
  return !!(await PersonModel.exists({ email }));
}

/** The id of the person if they hold a role in the municipality, else null. */
export async function personInMunicipality(
  id: Types.ObjectId,
  municipalityCode: string,
): Promise<Types.ObjectId | null> {
  const person = await PersonModel.findOne({ _id: id, 'memberships.municipalityCode': municipalityCode })
    .select({ _id: 1 })
    .lean();
  return person?._id ?? null;
}

/** A page of the people holding any role in the municipality, by name; `search` matches name or email. */
export async function pagePeopleOf(
  municipalityCode: string,
  filter: { search?: string; includeInactive: boolean },
  offset: number,
  limit: number,
): Promise<{ items: PersonDoc[]; total: number }> {
  const query: Record<string, unknown> = { 'memberships.municipalityCode': municipalityCode };
  if (!filter.includeInactive) query.active = mongoose.trusted({ $ne: false });
  if (filter.search) {
    const escaped = filter.search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = () => mongoose.trusted({ $regex: escaped, $options: 'i' });
    query.$or = mongoose.trusted([{ name: pattern() }, { email: pattern() }]);
  }
  const [items, total] = await Promise.all([
    PersonModel.find(query).select(noHash).sort({ name: 1, _id: 1 }).skip(offset).limit(limit).lean<PersonDoc[]>(),
    PersonModel.countDocuments(query),
  ]);
  return { items, total };
}

/** Sets a person's password inside the caller's transaction (their set-password link was used); the person after. */
export function writePassword(
  session: ClientSession,
  id: Types.ObjectId,
  passwordHash: string,
): Promise<PersonDoc | null> {
  return PersonModel.findOneAndUpdate(
    { _id: id, active: mongoose.trusted({ $ne: false }) },
    { $set: { passwordHash, passwordSet: true } },
    { session, returnDocument: 'after' },
  )
    .select(noHash)
    .lean<PersonDoc>()
    .exec();
}

/** Activates or deactivates a person inside the caller's transaction; the person before, or null. */
export function writeActive(session: ClientSession, id: Types.ObjectId, active: boolean): Promise<PersonDoc | null> {
  return PersonModel.findOneAndUpdate({ _id: id }, { $set: { active } }, { session, returnDocument: 'before' })
    .select(noHash)
    .lean<PersonDoc>()
    .exec();
}

/** Creates a person inside the caller's transaction. */
export async function insertPerson(
  session: ClientSession,
  doc: Pick<PersonDoc, 'name' | 'title' | 'email' | 'passwordHash' | 'memberships' | 'demo'> &
    Pick<PersonDoc, 'passwordSet'>,
): Promise<PersonDoc> {
  const [created] = await PersonModel.create([doc], { session });
  return created!.toObject() as PersonDoc;
}

/** Replaces a person's memberships inside the caller's transaction; the person after, without the hash. */
export function writeMemberships(
  session: ClientSession,
  id: Types.ObjectId,
  memberships: MembershipDoc[],
): Promise<PersonDoc | null> {
  return PersonModel.findOneAndUpdate({ _id: id }, { $set: { memberships } }, { session, returnDocument: 'after' })
    .select(noHash)
    .lean<PersonDoc>()
    .exec();
}

/** Replaces the municipalities a person compares results with; the person after, or null when there is none. */
export function writeResultPeers(id: Types.ObjectId, codes: string[]): Promise<PersonDoc | null> {
  return PersonModel.findOneAndUpdate({ _id: id }, { $set: { resultPeers: codes } }, { returnDocument: 'after' })
    .select(noHash)
    .lean<PersonDoc>()
    .exec();
}

/** The collection's name, for the session lookup that joins the person in one query. */
export const peopleCollection = (): string => PersonModel.collection.collectionName;

/** Inserts people in one unordered bulk write (demo data, scripts). */
export async function seedPeople(docs: { [K in keyof PersonDoc]?: unknown }[]): Promise<void> {
  await PersonModel.insertMany(docs, { ordered: false });
}
