// Codegen hook: an enum whose stored values come from a module's `*.enums.ts` is re-exported by the
// generated file as `export { X };`, which verbatimModuleSyntax refuses for a type. Makes it
// `export type { X };`. Called by graphql-codegen with the written file's path (see codegen.ts).
import { readFileSync, writeFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(/^export \{ (\w+) \};$/gm, 'export type { $1 };');
  if (fixed !== text) writeFileSync(file, fixed);
}
