import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { requireViewer, toObjectId } from '../../auth/index.js';
import { ForbiddenError } from '../../shared/errors.js';
import { pageArgs, toPage } from '../../shared/pagination.js';
import { listAuditEvents } from './audit.service.js';
import { auditScope, readsAnyAudit } from './audit.policy.js';

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/** Query.auditLog and the AuditEvent type. */
export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_p, args, ctx) => {
      const viewer = requireViewer(ctx);
      const targetId = toObjectId(args.targetId, 'targetId');
      const page = pageArgs(args);
      // FORBIDDEN depends on the viewer only; for any id, hidden or absent, a reader of audit logs
      // gets the events in their scope, which may be none.
      if (!readsAnyAudit(viewer)) throw new ForbiddenError();
      const { items, total } = await listAuditEvents(targetId, auditScope(viewer), page.offset, page.first);
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
