export type { AuditEventDoc } from './audit.model.js';
export {
  inTransaction,
  recordAudit,
  listAuditEvents,
  TRANSACTION_RERUN_BUDGET_MS,
  type AuditEntry,
} from './audit.service.js';
export { auditScope, readsAnyAudit } from './audit.policy.js';
export { withholdFromAuditLog } from './audit.repository.js';
export { createAudited, updateVersioned, type VersionedUpdate, type AuditedCreate } from './audited-writes.js';
