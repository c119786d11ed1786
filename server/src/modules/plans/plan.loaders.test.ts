import { describe, expect, it } from 'vitest';
import { createLoaders } from '../../graphql/context.js';
import {
  makeMunicipality,
  makePerson,
  makePlan,
  makeSchool,
  makeViewer,
  useTestDatabase,
} from '../../test/factories.js';
import { ActionPlanModel } from './plan.model.js';

useTestDatabase();

/** Örebro's plan with a responsible leader, a school unit and an item assigned to a principal. */
async function planWithPeople() {
  const orebro = await makeMunicipality('Örebro');
  const school = await makeSchool(orebro, 'Västhagaskolan');
  const leader = await makePerson([{ organisation: orebro, role: 'administration' }], 'Anna Leder');
  const principal = await makePerson([{ organisation: school, role: 'principal' }], 'Rut Rektor');
  const made = await makePlan({ owner: orebro, items: [{ responsibleId: principal._id }, {}] });
  await ActionPlanModel.updateOne(
    { _id: made.plan._id },
    { $set: { responsibleId: leader._id, schoolIds: [school._id] } },
  );
  return { orebro, school, leader, principal, ...made };
}

describe('the plan page read in one query', () => {
  it("hands the plan's owner, school units and responsible people to their loaders, never a password hash", async () => {
    const { orebro, school, leader, principal, plan, items } = await planWithPeople();
    const loaders = createLoaders(await makeViewer('teacher', orebro));
    expect(await loaders.planWithChildren.load(plan._id.toHexString())).toMatchObject({ _id: plan._id });

    // Known without another read: the values themselves, not promises.
    const owner = loaders.organisation.value(orebro._id.toHexString());
    const unit = loaders.organisation.value(school._id.toHexString());
    expect(owner).toMatchObject({ name: 'Örebro' });
    expect(unit).toMatchObject({ name: 'Västhagaskolan' });
    for (const person of [leader, principal]) {
      const known = loaders.person.value(person._id.toHexString());
      expect(known).not.toBeInstanceOf(Promise);
      expect(known).toMatchObject({
        name: person.name,
        memberships: [expect.objectContaining({ role: expect.any(String) })],
      });
      expect(known).not.toHaveProperty('passwordHash');
    }
    expect(loaders.item.value(items[1]!._id.toHexString())).toMatchObject({ _id: items[1]!._id });
    expect(loaders.areasByPlan.value(plan._id.toHexString())).toHaveLength(1);
  });

  it("primes nothing of another municipality's plan", async () => {
    const { leader, school, plan } = await planWithPeople();
    const boras = await makeMunicipality('Borås');
    const loaders = createLoaders(await makeViewer('administration', boras));
    expect(await loaders.planWithChildren.load(plan._id.toHexString())).toBeNull();
    // Not known: asking reads them (people and organisations are not municipal data of the plan).
    const person = loaders.person.value(leader._id.toHexString());
    const unit = loaders.organisation.value(school._id.toHexString());
    expect(person).toBeInstanceOf(Promise);
    expect(unit).toBeInstanceOf(Promise);
    await Promise.all([person, unit]);
  });
});
