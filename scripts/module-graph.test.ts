import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The module graph's rules live in eslint.config.js; these lint a line of code as if it were in
// the tree, so a wrong arrow is shown to fail `npm run lint` (and with it `npm test`).
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('the module graph is kept by the lint', () => {
  it("refuses an import past another module's index.ts", async () => {
    const ids = await ruleIds(
      "import { ActionItemModel } from '../plans/plan.model.js';\nexport const model = ActionItemModel;\n",
      'server/src/modules/goals/deep-import-fixture.ts',
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it("refuses a module's graphql.ts outside graphql/, and allows it there", async () => {
    const code = "import { planResolvers } from '../plans/graphql.js';\nexport const r = planResolvers;\n";
    expect(await ruleIds(code, 'server/src/modules/goals/graphql-door-fixture.ts')).toContain(
      'import-x/no-restricted-paths',
    );
    const fromGraphql =
      "import { planResolvers } from '../modules/plans/graphql.js';\nexport const r = planResolvers;\n";
    expect(await ruleIds(fromGraphql, 'server/src/graphql/graphql-door-fixture.ts')).toEqual([]);
  });

  it('refuses an arrow back up the graph (plans importing goals, which imports plans)', async () => {
    // Linted as plan.service.ts, which goals reaches through plans/index.ts: the circle closes.
    const ids = await ruleIds(
      "import { canViewGoal } from '../goals/index.js';\nexport const check = canViewGoal;\n",
      'server/src/modules/plans/plan.service.ts',
    );
    expect(ids).toContain('import-x/no-cycle');
  });

  it("refuses a model outside its module's repositories and seed files, types aside", async () => {
    const model = "import { ActionPlanModel } from './plan.model.js';\nexport const model = ActionPlanModel;\n";
    expect(await ruleIds(model, 'server/src/modules/plans/plan.service.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await ruleIds(model, 'server/src/modules/plans/plan.loaders.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    // Nor may the door hand it on.
    expect(
      await ruleIds("export { ActionPlanModel } from './plan.model.js';\n", 'server/src/modules/plans/index.ts'),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds(model, 'server/src/modules/plans/plan.repository.ts')).toEqual([]);
    expect(await ruleIds(model, 'server/src/modules/plans/plan.seed.ts')).toEqual([]);
    const types = "import type { ActionPlanDoc } from './plan.model.js';\nexport type Plan = ActionPlanDoc;\n";
    expect(await ruleIds(types, 'server/src/modules/plans/plan.service.ts')).toEqual([]);
  });

  it('accepts the same import going down the graph', async () => {
    const ids = await ruleIds(
      "import { canViewPlan } from '../plans/index.js';\nexport const check = canViewPlan;\n",
      'server/src/modules/goals/ok-fixture.ts',
    );
    expect(ids).toEqual([]);
  });
}, 120_000);

describe('no module door hands out a mongoose model', () => {
  it('exports services, policies and types from the index.ts of plans, goals, dialogue, organisations, people and audit', async () => {
    const { default: mongoose } = await import('mongoose');
    const doors = await Promise.all([
      import('../server/src/modules/plans/index.js'),
      import('../server/src/modules/goals/index.js'),
      import('../server/src/modules/dialogue/index.js'),
      import('../server/src/modules/organisations/index.js'),
      import('../server/src/modules/people/index.js'),
      import('../server/src/modules/audit/index.js'),
    ]);
    const models = doors.flatMap((door) =>
      Object.entries(door).flatMap(([name, value]) =>
        typeof value === 'function' && Object.prototype.isPrototypeOf.call(mongoose.Model, value) ? [name] : [],
      ),
    );
    expect(models).toEqual([]);
  });
});
