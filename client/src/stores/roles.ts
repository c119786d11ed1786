/** A person's role in an organisation; mirrors the API's Role enum. */
export type Role =
  'POLITICIAN' | 'ADMINISTRATION' | 'PRINCIPAL' | 'TEACHER' | 'COACH' | 'ADMIN' | 'MUNICIPALITY_ADMIN' | 'REGISTRAR';

/** The sections of the app, each a navigation entry. */
export type Section =
  | 'home'
  | 'plans'
  | 'goals'
  | 'results'
  | 'quality'
  | 'dialogue'
  | 'coaching'
  | 'coachingStatistics'
  | 'coachingRecords'
  | 'admin';

// Who may open which section, following the default policy in the domain description: coaches
// work only in their own engagements; everyone else reads their municipality's plans and goals.
const access: Record<Section, readonly Role[]> = {
  home: ['POLITICIAN', 'ADMINISTRATION', 'PRINCIPAL', 'TEACHER', 'COACH', 'ADMIN', 'MUNICIPALITY_ADMIN', 'REGISTRAR'],
  plans: ['POLITICIAN', 'ADMINISTRATION', 'PRINCIPAL', 'TEACHER', 'ADMIN'],
  goals: ['POLITICIAN', 'ADMINISTRATION', 'PRINCIPAL', 'TEACHER', 'ADMIN'],
  results: ['POLITICIAN', 'ADMINISTRATION', 'PRINCIPAL', 'TEACHER', 'COACH', 'ADMIN'],
  // Politicians and teachers read approved reports (and invited teachers write); coaches have no part.
  quality: ['POLITICIAN', 'ADMINISTRATION', 'PRINCIPAL', 'TEACHER', 'ADMIN'],
  dialogue: ['POLITICIAN', 'ADMINISTRATION', 'PRINCIPAL', 'TEACHER', 'ADMIN'],
  // Teachers ask and are coached, principals arrange it, coaches coach; the administration and
  // admins see engagements' facts only (the server decides what each sees). Politicians have no part.
  coaching: ['ADMINISTRATION', 'PRINCIPAL', 'TEACHER', 'COACH', 'ADMIN'],
  // Counts without identification for the coach service, the administration and principals (their
  // own units); the registrar's list and export for a secrecy assessment, which is all the
  // registrar does in Lyfta.
  coachingStatistics: ['ADMINISTRATION', 'PRINCIPAL', 'COACH', 'ADMIN'],
  coachingRecords: ['REGISTRAR'],
  // Organisations, people and invitations: an admin everywhere, a municipality's own
  // administrator (who has no role in the plans) in their municipality; the server decides the same.
  admin: ['ADMIN', 'MUNICIPALITY_ADMIN'],
};

/** Whether a role may open a section. */
export function canOpen(role: Role | null, section: Section): boolean {
  return role !== null && access[section].includes(role);
}

/** Whether a role may moderate comments (hide with a reason). */
export function canModerate(role: Role | null): boolean {
  return role === 'ADMINISTRATION' || role === 'ADMIN';
}
