import mongoose, { type Types } from 'mongoose';
import { hashPassword } from '../auth/index.js';
import { ensureIndicators, indicatorCatalog } from '../modules/indicators/index.js';
import { seedPeople } from '../modules/people/index.js';
import { seedPlans } from '../modules/plans/index.js';
import { seedGoals } from '../modules/goals/index.js';
import { seedComments } from '../modules/dialogue/index.js';
import type { Logger } from '../shared/logger.js';
import { loadRegistryOrganisations } from './organisations.js';
import { seedDemoDeficiencies } from './deficiencies.js';
import { seedDemoAnnualCycles } from './annual-cycle.js';
import { seedDemoQualityReports } from './quality.js';
import { seedDemoPanel } from './panel.js';
import { seedDemoExamples } from './examples.js';
import { seedDemoQuestions } from './questions.js';
import { seedDemoChats } from './chats.js';
import { seedDemoMeetings } from './meetings.js';
import { seedDemoCoaching } from './coaching.js';
import {
  BORAS_PRINCIPAL_UNIT,
  DEMO_PASSWORD,
  TROLLHATTAN_SCHOOLS,
  borasPlan,
  demoPeople,
  orebroGoal,
  orebroPlainGoal,
  trollhattanPlan,
  type DemoComment,
  type DemoItem,
} from './stories.js';

const oid = () => new mongoose.Types.ObjectId();
const at = (s: string) => new Date(`${s}T09:00:00.000Z`);

/** The indicators the demo's targets use, created from the shared catalog if missing (an open-data import may have made them). */
export async function ensureDemoIndicators(keys: string[]): Promise<Map<string, Types.ObjectId>> {
  const ids = await ensureIndicators(indicatorCatalog.filter((d) => keys.includes(d.key)));
  return new Map(keys.flatMap((k) => (ids.has(k) ? [[k, new mongoose.Types.ObjectId(ids.get(k))] as const] : [])));
}

interface People {
  id(key: string): Types.ObjectId | null;
  name(key: string): string;
}

/** Builds a plan's areas, items, status updates and comments as documents ready for bulk insert. */
function buildPlan(
  plan: { _id: Types.ObjectId; municipalityCode: string },
  areas: Array<{ title: string; description: string; items: DemoItem[] }>,
  goalIds: Types.ObjectId[],
  people: People,
) {
  const areaDocs = [];
  const itemDocs = [];
  const updateDocs = [];
  const commentDocs: Array<Record<string, unknown>> = [];
  const comment = (c: DemoComment, targetType: string, targetId: Types.ObjectId, parentId: Types.ObjectId | null) => {
    const id = oid();
    commentDocs.push({
      _id: id,
      targetType,
      targetId,
      municipalityCode: plan.municipalityCode,
      parentId,
      authorId: people.id(c.by),
      authorName: people.name(c.by),
      text: c.text,
      stance: c.stance ?? null,
      history: [],
      hidden: null,
      createdAt: at(c.at),
      updatedAt: at(c.at),
    });
    for (const r of c.replies ?? []) comment(r, targetType, targetId, id);
  };
  for (const [ai, area] of areas.entries()) {
    const areaId = oid();
    areaDocs.push({
      _id: areaId,
      planId: plan._id,
      municipalityCode: plan.municipalityCode,
      title: area.title,
      description: area.description,
      position: ai,
      version: 1,
    });
    for (const [ii, item] of area.items.entries()) {
      const itemId = oid();
      const updates = (item.updates ?? []).map((u) => ({
        _id: oid(),
        itemId,
        planId: plan._id,
        municipalityCode: plan.municipalityCode,
        authorId: people.id(u.by),
        authorName: people.name(u.by),
        at: at(u.at),
        status: u.status,
        progress: u.progress,
        text: u.text,
        evidenceUrl: u.evidenceUrl ?? null,
        effect: u.effect ?? null,
      }));
      updateDocs.push(...updates);
      const last = updates.at(-1);
      itemDocs.push({
        _id: itemId,
        planId: plan._id,
        areaId,
        municipalityCode: plan.municipalityCode,
        text: item.text,
        description: item.description ?? null,
        responsibleId: item.responsible ? people.id(item.responsible) : null,
        dueDate: item.due ? at(item.due) : null,
        status: last?.status ?? 'notStarted',
        progress: last?.progress ?? 0,
        effect: last?.effect ?? null,
        goalIds: (item.goals ?? []).map((g) => goalIds[g]!).filter(Boolean),
        position: ii,
        version: 1 + updates.length,
        lastUpdate: last
          ? { updateId: last._id, text: last.text, authorId: last.authorId, authorName: last.authorName, at: last.at }
          : null,
        createdAt: at('2013-08-15'),
        updatedAt: last?.at ?? at('2013-08-15'),
      });
      for (const c of item.comments ?? []) comment(c, 'actionItem', itemId, null);
    }
  }
  return { areaDocs, itemDocs, updateDocs, commentDocs };
}

/** Loads the whole demo: all organisations from the registry, the demo accounts, and the Borås, Örebro and Trollhättan stories. */
export async function loadDemo(logger?: Logger): Promise<{ organisations: number; people: number }> {
  const started = Date.now();
  const orgs = await loadRegistryOrganisations();
  const org = (code: string) => {
    const o = orgs.get(code);
    if (!o) throw new Error(`The demo needs organisation ${code}, which the registry lacks`);
    return o;
  };
  const indicators = await ensureDemoIndicators(['oj.compositeRank', 'ak9.vocationalEligible', 'ak9.allSubjects']);
  const indicator = (key: string) => {
    const id = indicators.get(key);
    if (!id) throw new Error(`The demo needs indicator ${key}`);
    return id;
  };

  // Each account gets its own salt; hashing in parallel keeps the start quick.
  const hashes = await Promise.all(demoPeople.map(() => hashPassword(DEMO_PASSWORD)));
  const personDocs = demoPeople.map((p, i) => {
    const o = org(p.organisationCode);
    return {
      _id: oid(),
      name: p.name,
      title: p.title,
      email: p.email,
      passwordHash: hashes[i]!,
      memberships: [
        { organisationId: o._id, organisationCode: o.code, municipalityCode: o.municipalityCode, role: p.role },
      ],
      demo: true,
    };
  });
  await seedPeople(personDocs);
  const byKey = new Map(demoPeople.map((p, i) => [p.key, personDocs[i]!]));
  const people: People = {
    id: (key) => byKey.get(key)?._id ?? null,
    name: (key) => byKey.get(key)?.name ?? key,
  };

  const boras = org('1490');
  const orebro = org('1880');
  const trollhattan = org('1488');
  org(BORAS_PRINCIPAL_UNIT);

  // Borås: the plan, its three starting points as goals, areas, items, history and comments.
  const borasPlanId = oid();
  const borasGoals = borasPlan.startingPoints.map((text, i) => ({
    _id: oid(),
    title: text,
    description: null,
    ownerId: boras._id,
    municipalityCode: boras.code,
    planId: borasPlanId,
    status: 'active',
    targets:
      i === 0
        ? [
            {
              _id: oid(),
              indicatorId: indicator('ak9.vocationalEligible'),
              scopeId: boras._id,
              scopeCode: boras.code,
              kind: 'value',
              targetValue: 100,
              targetRank: null,
              targetYear: 2016,
            },
          ]
        : [],
    version: 1,
  }));
  const borasParts = buildPlan(
    { _id: borasPlanId, municipalityCode: boras.code },
    borasPlan.areas,
    borasGoals.map((g) => g._id),
    people,
  );

  // Trollhättan: the programme as a plan with its four schools and three purposes as goals.
  const thnPlanId = oid();
  const thnGoals = trollhattanPlan.goals.map((title, i) => ({
    _id: oid(),
    title,
    description: null,
    ownerId: trollhattan._id,
    municipalityCode: trollhattan.code,
    planId: thnPlanId,
    status: 'active',
    targets:
      i === 0
        ? [
            {
              _id: oid(),
              indicatorId: indicator('ak9.allSubjects'),
              scopeId: trollhattan._id,
              scopeCode: trollhattan.code,
              kind: 'value',
              targetValue: 80,
              targetRank: null,
              targetYear: 2019,
            },
          ]
        : [],
    version: 1,
  }));
  const thnParts = buildPlan(
    { _id: thnPlanId, municipalityCode: trollhattan.code },
    trollhattanPlan.areas,
    thnGoals.map((g) => g._id),
    people,
  );

  await seedPlans({
    plans: [
      {
        _id: borasPlanId,
        title: borasPlan.title,
        purpose: borasPlan.purpose,
        startingPoints: borasPlan.startingPoints,
        ownerId: boras._id,
        municipalityCode: boras.code,
        ownerTitle: borasPlan.ownerTitle,
        responsibleId: people.id('borasAdmin'),
        responsibleTitle: borasPlan.responsibleTitle,
        schoolIds: [],
        period: borasPlan.period,
        status: 'active',
        version: 1,
        createdAt: at('2013-06-17'),
      },
      {
        _id: thnPlanId,
        title: trollhattanPlan.title,
        purpose: trollhattanPlan.purpose,
        startingPoints: [],
        ownerId: trollhattan._id,
        municipalityCode: trollhattan.code,
        ownerTitle: 'Utbildningsförvaltningen',
        responsibleId: people.id('thnAdmin'),
        responsibleTitle: 'Verksamhetschef för grundskola, förskoleklass och grundsärskola',
        schoolIds: TROLLHATTAN_SCHOOLS.map((c) => org(c)._id),
        period: trollhattanPlan.period,
        status: 'active',
        version: 1,
        createdAt: at('2016-08-15'),
      },
    ],
  });
  await seedGoals([
    ...borasGoals,
    ...thnGoals,
    {
      _id: oid(),
      ...orebroGoal,
      ownerId: orebro._id,
      municipalityCode: orebro.code,
      planId: null,
      status: 'active',
      targets: [
        {
          _id: oid(),
          indicatorId: indicator('oj.compositeRank'),
          scopeId: orebro._id,
          scopeCode: orebro.code,
          kind: 'rank',
          targetValue: null,
          targetRank: 25,
          targetYear: 2025,
        },
      ],
      version: 1,
    },
    {
      _id: oid(),
      ...orebroPlainGoal,
      ownerId: orebro._id,
      municipalityCode: orebro.code,
      planId: null,
      status: 'active',
      targets: [],
      version: 1,
    },
  ]);
  const parts = [borasParts, thnParts];
  await seedPlans({
    areas: parts.flatMap((p) => p.areaDocs),
    items: parts.flatMap((p) => p.itemDocs),
    updates: parts.flatMap((p) => p.updateDocs),
  });
  await seedComments([
    ...parts.flatMap((p) => p.commentDocs),
    {
      _id: oid(),
      targetType: 'actionPlan',
      targetId: borasPlanId,
      municipalityCode: boras.code,
      parentId: null,
      authorId: people.id('borasPolitician'),
      authorName: people.name('borasPolitician'),
      text: 'Nämnden vill se en samlad lägesrapport för hela handlingsplanen varje termin.',
      stance: 'neutral',
      history: [],
      hidden: null,
    },
  ]);
  const items = parts.flatMap((p) => p.itemDocs) as Array<{ _id: Types.ObjectId; text: string }>;
  await seedDemoExamples({
    comments: parts.flatMap((p) => p.commentDocs),
    itemText: (id) => items.find((i) => i._id.equals(id))?.text ?? null,
    teacherId: people.id('borasTeacher')!,
    leader: { id: people.id('borasAdmin')!, name: people.name('borasAdmin') },
  });
  await seedDemoAnnualCycles(orgs, people);
  await seedDemoDeficiencies(orgs, people);
  const demoItems = parts.flatMap((p) => p.itemDocs);
  await seedDemoQualityReports(orgs, people, (text) => demoItems.find((i) => i.text === text)?._id ?? null);
  const { administrationId } = await seedDemoPanel(orgs, people);
  const { politicianId } = await seedDemoQuestions(orgs, people, administrationId);
  await seedDemoChats(orgs, people, { administrationId, politicianId });
  await seedDemoMeetings(orgs, people);
  await seedDemoCoaching(orgs, people);
  logger?.info({ organisations: orgs.size, people: personDocs.length, ms: Date.now() - started }, 'demo data loaded');
  return { organisations: orgs.size, people: personDocs.length };
}
