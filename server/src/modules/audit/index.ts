export { AuditEventModel, type AuditEventDoc } from './audit.model.js';
export { inTransaction, recordAudit, listAuditEvents, type AuditEntry } from './audit.service.js';
export { auditScope, readsAnyAudit } from './audit.policy.js';
export { auditResolvers } from './audit.resolvers.js';
