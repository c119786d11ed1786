// The roles a membership can give (see DOMAIN.md), as the API names them and as they are stored.
// Apollo translates both ways (enum internal values; codegen.ts reads this map).

export const roleValues = {
  POLITICIAN: 'politician',
  ADMINISTRATION: 'administration',
  PRINCIPAL: 'principal',
  TEACHER: 'teacher',
  COACH: 'coach',
  ADMIN: 'admin',
  MUNICIPALITY_ADMIN: 'municipalityAdmin',
  REGISTRAR: 'registrar',
} as const;
export type Role = (typeof roleValues)[keyof typeof roleValues];
