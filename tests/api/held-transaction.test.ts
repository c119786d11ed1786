import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import { TRANSACTION_RERUN_BUDGET_MS } from '../../server/src/modules/audit/index.js';
import { ActionItemModel, StatusUpdateModel } from '../../server/src/modules/plans/plan.model.js';
import { errorCode, makeMunicipality, makePerson, makePlan, signedIn, type ApiClient } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/server.js';

const RECORD = `mutation($input: RecordStatusUpdateInput!) { recordStatusUpdate(input: $input) { id version } }`;

const update = (itemId: string, text: string) => ({
  input: { itemId, status: 'IN_PROGRESS', progress: 40, text, expectedVersion: 1 },
});

// A transaction that never ends (its client went away between its writes and its commit) holds the
// documents it wrote until the database gives it up: a minute, on mongod as on the embedded server.
describe('a change to a document another transaction holds', () => {
  let server: TestServer;
  let leader: ApiClient;
  let held: string;
  let free: string;

  beforeAll(async () => {
    server = await startTestServer();
    const boras = await makeMunicipality('1490', 'Borås kommun');
    await makePerson('skolchef@boras.test', [{ organisation: boras, role: 'administration' }], 'Skolchef');
    const { itemIds } = await makePlan({ owner: boras, itemsPerArea: 2 });
    [held, free] = itemIds.map((id) => id.toHexString()) as [string, string];
    leader = await signedIn(server.url, 'skolchef@boras.test');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('is answered within its rerun budget, not after the holder’s minute, with nothing saved; it goes through once the holder is gone', async () => {
    const holder = await mongoose.connection.startSession();
    holder.startTransaction();
    await ActionItemModel.updateOne(
      { _id: held },
      { $set: { text: 'Hålls av en annan ändring' } },
      { session: holder },
    );

    const started = performance.now();
    const [busy, other] = await Promise.all([
      leader.gql(RECORD, update(held, 'Läsecirklar i gång 📚')),
      leader.gql<{ recordStatusUpdate: { version: number } }>(RECORD, update(free, 'Det andra åtgärdsområdet')),
    ]);
    const ms = performance.now() - started;

    // Another item is not held up by it.
    expect(other.data?.recordStatusUpdate.version).toBe(2);
    expect(errorCode(busy)).toBe('UNAVAILABLE');
    expect(busy.errors![0]!.extensions.messages).toEqual({
      sv: 'Någon annan ändring av samma sak pågår just nu, så din ändring sparades inte. Försök igen om en stund.',
      en: 'Another change to the same thing is under way right now, so your change was not saved. Please try again shortly.',
    });
    expect(busy.errors![0]!.extensions.outcomeUnknown).toBeUndefined();
    // It kept trying for its budget, and answered long before the holder's 60 s would have ended.
    expect(ms).toBeGreaterThanOrEqual(TRANSACTION_RERUN_BUDGET_MS);
    expect(ms).toBeLessThan(45_000);
    // Nothing of it was saved: no status update, no new version, no audit event.
    expect(await StatusUpdateModel.countDocuments({ itemId: held })).toBe(0);
    expect((await ActionItemModel.findById(held).lean())!.version).toBe(1);
    expect(await AuditEventModel.countDocuments({ targetId: new mongoose.Types.ObjectId(held) })).toBe(0);

    await holder.abortTransaction();
    await holder.endSession();
    // Tried again, as the message says, it is saved.
    const again = await leader.gql<{ recordStatusUpdate: { version: number } }>(
      RECORD,
      update(held, 'Läsecirklar i gång 📚'),
    );
    expect(again.errors).toBeUndefined();
    expect(again.data?.recordStatusUpdate.version).toBe(2);
    expect(await StatusUpdateModel.countDocuments({ itemId: held })).toBe(1);
  });
});
