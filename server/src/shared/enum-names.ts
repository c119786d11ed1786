/**
 * The API name of a stored enum value, from the module's table (GraphQL name → stored value; see
 * indicators/indicator.enums.ts). For payloads outside the typed schema, such as a CONFLICT's
 * current version in error extensions; resolvers return stored values and Apollo names them.
 */
export function apiName<T extends Record<string, string>>(table: T, stored: T[keyof T]): keyof T & string {
  const name = Object.keys(table).find((key) => table[key] === stored);
  if (name === undefined) throw new Error(`no API name for the stored value ${stored}`);
  return name;
}
