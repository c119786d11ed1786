import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { requireViewer } from '../../auth/index.js';
import { toObjectId } from '../../auth/ids.js';
import { ForbiddenError } from '../../shared/errors.js';
import { pageArgs, toPage } from '../../shared/pagination.js';
import { auditScopeOf, listAuditEvents } from './audit.service.js';
import { canReadAudit } from './audit.policy.js';

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/** Query.auditLog and the AuditEvent type. */
export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_p, args, ctx) => {
      const viewer = requireViewer(ctx);
      const targetId = toObjectId(args.targetId, 'targetId');
      const page = pageArgs(args);
      const scope = await auditScopeOf(targetId);
      if (!scope) return toPage([], page, 0);
      if (!canReadAudit(viewer, scope)) throw new ForbiddenError();
      const { items, total } = await listAuditEvents(targetId, page.offset, page.first);
      return toPage(items, page, total);
    },
  },
  AuditEvent: {
    id: (e) => e._id.toHexString(),
    targetId: (e) => e.targetId.toHexString(),
    actor: (e, _a, ctx) => (e.actorId ? ctx.loaders.person.load(e.actorId.toHexString()) : null),
    before: (e) => json(e.before),
    after: (e) => json(e.after),
  },
};
