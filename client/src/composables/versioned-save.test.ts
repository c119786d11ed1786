import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountWithApp } from '../test/mount.js';
import type { AppError } from '../api/errors.js';
import { useDraftForm } from './draft-form.js';

/** A form with one field, `text`, whose save answers with `error`. */
function formRefusedWith(error: AppError) {
  let api!: ReturnType<typeof useDraftForm<{ text: string }>>;
  const Form = defineComponent({
    setup() {
      api = useDraftForm({ draft: () => ({ form: 'test', objectId: 'x' }), initial: () => ({ text: '' }), version: 1 });
      return () => h('form');
    },
  });
  mountWithApp(Form);
  return async () => {
    await api.save.handle({ ok: false, error });
    return { message: api.saveError.value?.message, problems: api.problems.value };
  };
}

const refused = (fields: AppError['fields']): AppError => ({
  code: 'BAD_USER_INPUT',
  message: { sv: `Ogiltig uppgift i input.${fields[0]!.field}: …`, en: `Invalid input.${fields[0]!.field}: …` },
  fields,
});

describe('a save the server refuses on fields', () => {
  it('puts each problem on its field and asks above the form to correct what is marked, without the API path', async () => {
    const save = formRefusedWith(refused([{ field: 'text', message: { sv: 'högst 500 tecken', en: 'at most 500' } }]));
    const { message, problems } = await save();
    expect(problems).toEqual({ text: 'högst 500 tecken' });
    expect(message).toEqual({
      sv: 'Inget sparades. Rätta det som är markerat i formuläret.',
      en: 'Inget sparades. Rätta det som är markerat i formuläret.',
    });
  });

  it('says a problem no field of the form shows as a sentence of its own, in both languages', async () => {
    const save = formRefusedWith(
      refused([
        { field: 'engagementId', message: { sv: 'coachningen är full', en: 'the engagement is full' } },
        { field: 'text', message: { sv: 'skriv något', en: 'write something' } },
      ]),
    );
    const { message, problems } = await save();
    expect(problems).toEqual({ text: 'skriv något' });
    expect(message).toEqual({ sv: 'Coachningen är full.', en: 'The engagement is full.' });
  });

  it('keeps the message of a refusal without fields', async () => {
    const error: AppError = { code: 'FORBIDDEN', message: { sv: 'Får inte.', en: 'Not allowed.' }, fields: [] };
    const { message } = await formRefusedWith(error)();
    expect(message).toEqual(error.message);
  });
});
