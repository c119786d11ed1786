// The indicators module's API enums: each GraphQL name with the value stored in the database.
// Apollo translates both ways (enum internal values), codegen types resolvers by the stored values
// (codegen.ts reads these maps), so no resolver or service translates by hand.

/**
 * Whose schools a figure covers. `home` is another population, not an organiser: pupils living
 * in the municipality wherever they go to school (Kolada's "hemkommun" KPIs), where `all`
 * counts pupils by where the school is (Skolverket's Samtliga).
 */
export const organiserTypeValues = {
  ALL: 'all',
  MUNICIPAL: 'municipal',
  INDEPENDENT: 'independent',
  HOME: 'home',
} as const;
export type OrganiserType = (typeof organiserTypeValues)[keyof typeof organiserTypeValues];

/** Why a value is missing (never shown as zero). */
export const missingReasonValues = {
  SUPPRESSED: 'suppressed',
  TOO_FEW_PUPILS: 'tooFewPupils',
  NOT_APPLICABLE: 'notApplicable',
  NO_DATA: 'noData',
  APPROXIMATE: 'approximate',
} as const;
export type MissingReason = (typeof missingReasonValues)[keyof typeof missingReasonValues];

/** Which way an indicator improves. */
export const directionValues = { HIGHER_IS_BETTER: 'higherIsBetter', LOWER_IS_BETTER: 'lowerIsBetter' } as const;
export type Direction = (typeof directionValues)[keyof typeof directionValues];
