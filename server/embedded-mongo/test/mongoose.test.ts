import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose, { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { useServer } from './harness.js';

const userSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    name: { type: String, required: true },
    role: { type: String, enum: ['teacher', 'principal', 'admin'], default: 'teacher' },
    school: { type: Schema.Types.ObjectId, ref: 'School' },
  },
  { timestamps: true },
);

const schoolSchema = new Schema({
  name: { type: String, required: true },
  municipality: { type: String, required: true, index: true },
});

const planSchema = new Schema(
  {
    title: { type: String, required: true },
    owner: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    goals: [{ text: String, done: { type: Boolean, default: false } }],
    status: { type: String, default: 'draft' },
    visits: { type: Number, default: 0 },
  },
  { timestamps: true, optimisticConcurrency: true },
);
planSchema.index({ owner: 1, title: 1 }, { unique: true });

type User = InferSchemaType<typeof userSchema>;
type School = InferSchemaType<typeof schoolSchema>;
type Plan = InferSchemaType<typeof planSchema>;

describe('mongoose on a realistic model set', () => {
  const server = useServer('mongoose');
  let conn: Connection;
  let Users: Model<User>;
  let Schools: Model<School>;
  let Plans: Model<Plan>;

  beforeAll(async () => {
    conn = mongoose.createConnection(server().uri, {
      dbName: server().dbName,
      autoIndex: false,
      serverSelectionTimeoutMS: 10_000,
      sanitizeFilter: true,
    });
    await conn.asPromise();
    Users = conn.model<User>('User', userSchema);
    Schools = conn.model<School>('School', schoolSchema);
    Plans = conn.model<Plan>('Plan', planSchema);
    await Users.syncIndexes();
    await Schools.syncIndexes();
    await Plans.syncIndexes();
  });

  afterAll(async () => {
    await conn?.close();
  });

  it('syncIndexes creates the declared indexes', async () => {
    const userIndexes = await Users.listIndexes();
    const email = userIndexes.find((i) => i.name === 'email_1');
    expect(email).toMatchObject({ key: { email: 1 }, unique: true });
    const planIndexes = await Plans.listIndexes();
    expect(planIndexes.map((i) => i.name).sort()).toEqual(['_id_', 'owner_1_title_1']);
    // A second run has nothing to change.
    expect(await Users.syncIndexes()).toEqual([]);
  });

  it('refuses a duplicate email with a duplicate-key error', async () => {
    await Users.create({ email: 'Anna@Skola.se ', name: 'Anna' });
    const err = await Users.create({ email: 'anna@skola.se', name: 'Other' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 11000, keyValue: { email: 'anna@skola.se' } });
    expect(await Users.countDocuments({ email: 'anna@skola.se' })).toBe(1);
  });

  it('sets timestamps and updates updatedAt on save', async () => {
    const user = await Users.create({ email: 'bo@skola.se', name: 'Bo' });
    expect(user.createdAt).toBeInstanceOf(Date);
    expect(user.updatedAt?.getTime()).toBe(user.createdAt?.getTime());
    const before = user.updatedAt!.getTime();
    await new Promise((r) => setTimeout(r, 5));
    user.name = 'Bo B';
    await user.save();
    const fresh = await Users.findById(user._id).lean();
    expect(fresh?.name).toBe('Bo B');
    expect(fresh?.updatedAt?.getTime()).toBeGreaterThan(before);
    expect(fresh?.createdAt?.getTime()).toBe(user.createdAt?.getTime());
  });

  it('populates refs across collections', async () => {
    const school = await Schools.create({ name: 'Norrskolan', municipality: 'Umeå' });
    const owner = await Users.create({
      email: 'cecilia@skola.se',
      name: 'Cecilia',
      role: 'principal',
      school: school._id,
    });
    await Plans.create({ title: 'Läsförståelse', owner: owner._id, goals: [{ text: 'Läsa 20 min/dag' }] });
    await Plans.create({ title: 'Matematik', owner: owner._id });
    const plans = await Plans.find({ owner: owner._id })
      .sort({ title: 1 })
      .populate({ path: 'owner', select: 'name school', populate: { path: 'school', select: 'name' } })
      .lean();
    expect(plans.map((p) => p.title)).toEqual(['Läsförståelse', 'Matematik']);
    const populatedOwner = plans[0].owner as unknown as { name: string; school: { name: string } };
    expect(populatedOwner.name).toBe('Cecilia');
    expect(populatedOwner.school.name).toBe('Norrskolan');
    expect(plans[0].goals[0]).toMatchObject({ text: 'Läsa 20 min/dag', done: false });
  });

  it('raises VersionError on a stale save with optimistic concurrency', async () => {
    const owner = await Users.create({ email: 'david@skola.se', name: 'David' });
    const created = await Plans.create({ title: 'Trygghet', owner: owner._id });
    const first = await Plans.findById(created._id);
    const second = await Plans.findById(created._id);
    first!.status = 'active';
    await first!.save();
    second!.status = 'archived';
    const err = await second!.save().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(mongoose.Error.VersionError);
    const stored = await Plans.findById(created._id).lean();
    expect(stored?.status).toBe('active');
    expect(stored?.__v).toBe(1);
  });

  it('countDocuments and estimatedDocumentCount', async () => {
    const owner = await Users.create({ email: 'eva@skola.se', name: 'Eva' });
    await Plans.insertMany([
      { title: 'A', owner: owner._id, status: 'active' },
      { title: 'B', owner: owner._id, status: 'active' },
      { title: 'C', owner: owner._id },
    ]);
    expect(await Plans.countDocuments({ owner: owner._id, status: 'active' })).toBe(2);
    expect(await Plans.countDocuments({ owner: owner._id })).toBe(3);
    expect(await Plans.estimatedDocumentCount()).toBeGreaterThanOrEqual(3);
  });

  it('upsert applies defaults and timestamps through $setOnInsert', async () => {
    const res = await Users.findOneAndUpdate(
      { email: 'filip@skola.se' },
      { $set: { name: 'Filip' } },
      { upsert: true, returnDocument: 'after', setDefaultsOnInsert: true },
    ).lean();
    expect(res).toMatchObject({ email: 'filip@skola.se', name: 'Filip', role: 'teacher' });
    expect(res?.createdAt).toBeInstanceOf(Date);
    const again = await Users.findOneAndUpdate(
      { email: 'filip@skola.se' },
      { $set: { name: 'Filip F', role: 'admin' } },
      { upsert: true, returnDocument: 'after', setDefaultsOnInsert: true },
    ).lean();
    expect(again).toMatchObject({ name: 'Filip F', role: 'admin' });
    expect(again?.createdAt?.getTime()).toBe(res?.createdAt?.getTime());

    const upd = await Users.updateOne({ email: 'gun@skola.se' }, { $set: { name: 'Gun' } }, { upsert: true });
    expect(upd.upsertedCount).toBe(1);
    const gun = await Users.findOne({ email: 'gun@skola.se' }).lean();
    expect(gun?.role).toBe('teacher');
    expect(gun?.createdAt).toBeInstanceOf(Date);
  });

  it('connection.transaction commits on success and rolls back on error', async () => {
    const owner = await Users.create({ email: 'hanna@skola.se', name: 'Hanna' });
    await conn.transaction(async (session) => {
      await Plans.create([{ title: 'T1', owner: owner._id }], { session });
      await Users.updateOne({ _id: owner._id }, { $set: { role: 'principal' } }, { session });
    });
    expect(await Plans.countDocuments({ title: 'T1' })).toBe(1);
    expect((await Users.findById(owner._id).lean())?.role).toBe('principal');

    const failure = await conn
      .transaction(async (session) => {
        await Plans.create([{ title: 'T2', owner: owner._id }], { session });
        await Users.updateOne({ _id: owner._id }, { $set: { role: 'admin' } }, { session });
        throw new Error('rollback please');
      })
      .catch((e: unknown) => e);
    expect((failure as Error).message).toBe('rollback please');
    expect(await Plans.countDocuments({ title: 'T2' })).toBe(0);
    expect((await Users.findById(owner._id).lean())?.role).toBe('principal');
  });

  it('findOneAndDelete, deleteMany and distinct through models', async () => {
    const school = await Schools.create({ name: 'Söderskolan', municipality: 'Luleå' });
    await Schools.create({ name: 'Västerskolan', municipality: 'Luleå' });
    expect((await Schools.distinct('municipality')).sort()).toEqual(['Luleå', 'Umeå']);
    const removed = await Schools.findOneAndDelete({ _id: school._id }).lean();
    expect(removed?.name).toBe('Söderskolan');
    const res = await Schools.deleteMany({ municipality: 'Luleå' });
    expect(res.deletedCount).toBe(1);
  });
});
