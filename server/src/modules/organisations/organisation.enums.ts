// The organisations module's API enum with its stored values (see indicators/indicator.enums.ts).

export const organisationKindValues = {
  MUNICIPALITY: 'municipality',
  ADMINISTRATION: 'administration',
  SCHOOL_UNIT: 'schoolUnit',
} as const;
export type OrganisationKind = (typeof organisationKindValues)[keyof typeof organisationKindValues];
