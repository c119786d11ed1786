// The health module's API enum with its stored values (see indicators/indicator.enums.ts).

/** Which database the service runs on. */
export const databaseKindValues = { MONGODB: 'mongodb', EMBEDDED: 'embedded' } as const;
export type DatabaseKind = (typeof databaseKindValues)[keyof typeof databaseKindValues];
