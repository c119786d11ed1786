import type { Types } from 'mongoose';
import { seedGoodExamples } from '../modules/examples/index.js';

// Borås's leader lifts two of the demo teacher's comments as good examples: the teacher gave
// consent to the first, to be named; the second waits for the teacher's answer. The texts are the
// demo's own comments (stories.ts).

interface DemoCommentDoc {
  _id: Types.ObjectId;
  targetId: Types.ObjectId;
  municipalityCode: string;
  authorId: Types.ObjectId;
  authorName: string;
  text: string;
  createdAt: Date;
}

export async function seedDemoExamples(options: {
  comments: ReadonlyArray<Record<string, unknown>>;
  itemText: (id: Types.ObjectId) => string | null;
  teacherId: Types.ObjectId;
  leader: { id: Types.ObjectId; name: string };
}): Promise<void> {
  const byTeacher = (options.comments as unknown as ReadonlyArray<DemoCommentDoc>).filter(
    (c) => c.authorId.equals(options.teacherId) && options.itemText(c.targetId),
  );
  const pick = (start: string) => byTeacher.find((c) => c.text.startsWith(start));
  const given = pick('Bra att rektors pedagogiska ledarskap lyfts');
  const asked = pick('Större enheter får inte betyda');
  const docs = [];
  const day = (iso: string) => new Date(`${iso}T10:00:00Z`);
  for (const [c, state, note, lifted, answered] of [
    [
      given,
      'given',
      'Lyfter lärarnas behov av rektor nära undervisningen – ett underlag inför rektorsmötet.',
      '2013-11-20',
      '2013-11-22',
    ],
    [asked, 'asked', 'En fråga som fler borde ställa när organisationen ändras.', '2014-03-20', null],
  ] as const) {
    if (!c) continue;
    docs.push({
      _id: undefined as unknown as Types.ObjectId,
      municipalityCode: c.municipalityCode,
      source: 'comment' as const,
      sourceId: c._id,
      context: options.itemText(c.targetId) ?? '',
      text: c.text,
      authorId: c.authorId,
      authorName: c.authorName,
      note,
      liftedById: options.leader.id,
      liftedByName: options.leader.name,
      consent: state,
      consentAt: answered ? day(answered) : null,
      named: state === 'given',
      createdAt: day(lifted),
      updatedAt: day(answered ?? lifted),
    });
  }
  await seedGoodExamples(docs.map(({ _id: _unused, ...d }) => d) as never);
}
