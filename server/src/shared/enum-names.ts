/** Stored camelCase values ↔ GraphQL enum names (schoolUnit ↔ SCHOOL_UNIT, notStarted ↔ NOT_STARTED). */
export function toGqlEnum<T extends string>(value: string): T {
  return value.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase() as T;
}

/** The inverse of toGqlEnum: SCHOOL_UNIT → schoolUnit. */
export function fromGqlEnum<T extends string>(value: string): T {
  return value.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) as T;
}
