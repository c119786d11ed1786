export {
  requireViewer,
  isAdmin,
  toViewer,
  type Viewer,
  type ViewerPerson,
  type Membership,
  type Role,
} from './viewer.js';
export { roleValues } from './roles.js';
export { hashPassword, verifyPassword, dummyPasswordHash } from './password.js';
export {
  SESSION_COOKIE,
  SESSION_TTL_MS,
  createSession,
  deleteSession,
  deleteSessionsOf,
  findSession,
  hashToken,
  readCookie,
  requestToken,
  setSessionCookie,
  clearedSessionCookie,
  sessionCookie,
} from './session.js';
export { SessionModel } from './session.model.js';
export {
  issuePasswordToken,
  consumePasswordToken,
  dropPasswordTokens,
  PASSWORD_TOKEN_TTL_MS,
} from './password-token.js';
export { reserveLoginAttempt, LoginRateLimitedError, type LoginAttemptHold } from './rate-limit.js';
export {
  DEFAULT_LOGIN_THROTTLE,
  DEFAULT_ACCOUNT_RULE,
  DEFAULT_ADDRESS_RULE,
  throttleRuleSchema,
  type LoginThrottleRules,
} from './throttle-rules.js';
export { DEVICE_COOKIE, deviceCookie, issueDevice, requestDeviceToken, trustedDeviceHash } from './device-cookie.js';
export { cachedViewer, rememberViewer, forgetPerson } from './viewer-cache.js';
export { objectIdString, toObjectId, tryObjectId } from './ids.js';
export {
  rolesIn,
  hasRoleIn,
  isAdministrationOf,
  canModerateIn,
  readsAllOf,
  readsPublishedOf,
  viewerMunicipalities,
  moderationScope,
  administersIn,
  administersAnywhere,
  administersAllOf,
  grantsRole,
  findVisible,
  loadVisible,
  loadEditable,
  type MunicipalityScope,
} from './policy.js';
export {
  readScope,
  editScope,
  inReadScope,
  inEditScope,
  scopeFilter,
  municipalityFilter,
  editFilter,
  loadInScope,
  loadForEdit,
  loadOwnerInScope,
  type ReadScope,
  type EditScope,
  type ScopedFacts,
} from './scope.js';
