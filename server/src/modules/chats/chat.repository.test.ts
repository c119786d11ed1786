import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { useTestDatabase } from '../../test/factories.js';
import { ChatModel, ChatQuestionModel, type ChatDoc } from './chat.model.js';
import { insertQuestionWhileOpen } from './chat.repository.js';

useTestDatabase();

const HOUR = 3_600_000;

async function chat(over: Partial<ChatDoc> = {}): Promise<ChatDoc> {
  const [doc] = await ChatModel.create([
    {
      municipalityCode: '0180',
      title: 'Chatt med skolborgarrådet',
      hostRole: 'schoolCommissioner',
      hostPersonId: new mongoose.Types.ObjectId(),
      hostName: 'Lena Ekdahl',
      startsAt: new Date(Date.now() + HOUR),
      endsAt: new Date(Date.now() + 2 * HOUR),
      ...over,
    },
  ]);
  return doc!.toObject() as ChatDoc;
}

const question = (c: ChatDoc, text: string) => ({
  chatId: c._id,
  municipalityCode: c.municipalityCode,
  authorId: new mongoose.Types.ObjectId(),
  authorName: 'Johan Strand',
  text,
  pickedAt: null,
  answer: null,
  answeredAt: null,
});

describe('posting a chat question', () => {
  it('posts in a chat that is open, and nothing in one cancelled or over', async () => {
    const open = await chat();
    expect(await insertQuestionWhileOpen(question(open, 'Öppen 🙂'), new Date())).toMatchObject({ text: 'Öppen 🙂' });
    const cancelled = await chat({ cancelledAt: new Date(), cancelReason: 'Sjuk' });
    expect(await insertQuestionWhileOpen(question(cancelled, 'Inställd'), new Date())).toBeNull();
    const over = await chat({ startsAt: new Date(Date.now() - 2 * HOUR), endsAt: new Date(Date.now() - HOUR) });
    expect(await insertQuestionWhileOpen(question(over, 'Slut'), new Date())).toBeNull();
    expect(await ChatQuestionModel.countDocuments({ chatId: cancelled._id })).toBe(0);
    expect(await ChatQuestionModel.countDocuments({ chatId: over._id })).toBe(0);
  });

  it('loses to a cancelling in flight when it is posted: the question waits for it, then is not posted', async () => {
    const c = await chat();
    const session = await mongoose.startSession();
    session.startTransaction();
    await ChatModel.updateOne({ _id: c._id }, { $set: { cancelledAt: new Date(), cancelReason: 'Sjuk' } }, { session });
    // The cancelling holds the chat, uncommitted, while the question is sent.
    const posted = insertQuestionWhileOpen(question(c, 'Samtidigt'), new Date());
    await new Promise((resolve) => setTimeout(resolve, 50));
    await session.commitTransaction();
    await session.endSession();
    expect(await posted).toBeNull();
    expect(await ChatQuestionModel.countDocuments({ chatId: c._id })).toBe(0);
  });
});
