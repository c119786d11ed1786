import { Router } from 'express';
import { xmlText } from '../../shared/xml.js';
import type { Logger } from '../../shared/logger.js';
import { AppError } from '../../shared/errors.js';
import { findMunicipality } from '../organisations/index.js';
import type { GoodExampleDoc } from './examples.model.js';
import { listPublishedExamples } from './examples.service.js';

/** The name an unnamed author goes by in public. */
export const unnamedAuthor = (municipality: string) => `En medarbetare i ${municipality}`;

/**
 * A municipality's published good examples as an Atom feed (RFC 4287), newest first: each entry
 * the text as its author consented to it, what it was written on as the title, and the author's
 * name only if they agreed to be named. Links point at `publicUrl`, never at the request's Host.
 */
export function renderExampleFeed(
  municipality: { code: string; name: string },
  examples: readonly GoodExampleDoc[],
  publicUrl: string,
): string {
  const page = `${publicUrl}/goda-exempel/${municipality.code}`;
  const updated = (examples[0]?.consentAt ?? new Date(0)).toISOString();
  const entries = examples.map((e) => {
    const at = (e.consentAt ?? e.createdAt).toISOString();
    const title = e.context || e.text.slice(0, 80);
    return [
      '  <entry>',
      `    <id>urn:lyfta:good-example:${e._id.toHexString()}</id>`,
      `    <title type="text">${xmlText(title)}</title>`,
      `    <updated>${at}</updated>`,
      `    <published>${at}</published>`,
      `    <author><name>${xmlText(e.named ? e.authorName : unnamedAuthor(municipality.name))}</name></author>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(`${page}#exempel-${e._id.toHexString()}`)}"/>`,
      e.note ? `    <summary type="text">${xmlText(e.note)}</summary>` : null,
      `    <content type="text">${xmlText(e.text)}</content>`,
      '  </entry>',
    ]
      .filter((l): l is string => l !== null)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>urn:lyfta:good-examples:${municipality.code}</id>`,
    `  <title type="text">${xmlText(`Goda exempel – ${municipality.name}`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(`${publicUrl}/flode/goda-exempel/${municipality.code}.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(page)}"/>`,
    '  <generator>Lyfta</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** GET /flode/goda-exempel/<code>.atom: open to everyone, like the public page. */
export function exampleFeedRoutes(options: { publicUrl: string; logger: Logger }): Router {
  const router = Router();
  router.get('/goda-exempel/:file', async (req, res) => {
    const match = /^(\d{4})\.atom$/.exec(req.params.file);
    const org = match ? await findMunicipality(match[1]).catch(() => null) : null;
    if (!org) {
      res.status(404).type('text/plain').send('Flödet finns inte. / The feed does not exist.');
      return;
    }
    try {
      const examples = await listPublishedExamples(org.code);
      res
        .status(200)
        .type('application/atom+xml; charset=utf-8')
        .set('Cache-Control', 'public, max-age=300')
        .send(renderExampleFeed({ code: org.code, name: org.name }, examples, options.publicUrl));
    } catch (err) {
      if (!(err instanceof AppError)) options.logger.error({ err }, 'good examples feed failed');
      res.status(503).type('text/plain').send('Försök igen om en stund. / Please try again shortly.');
    }
  });
  return router;
}
