import mongoose from 'mongoose';
import type { LocalizedText } from '../shared/errors.js';
import {
  isAdministrationOf,
  loadEditable,
  loadVisible,
  readsAllOf,
  readsPublishedOf,
  type MunicipalityScope,
} from './policy.js';
import { isAdmin, type Viewer } from './viewer.js';

declare const scoped: unique symbol;

/**
 * What a viewer may read of a municipal collection: everything of some municipalities (drafts
 * too), what is published of others. Only {@link readScope} builds one, so a repository that asks
 * for it cannot be called without deciding whose data is read.
 */
export interface ReadScope {
  /** Null for a request without a session: its scope is empty. */
  readonly viewer: Viewer | null;
  /** Municipalities read whole, drafts included. */
  readonly all: MunicipalityScope;
  /** Municipalities whose published documents are read. */
  readonly published: MunicipalityScope;
  readonly [scoped]: 'read';
}

/** A read scope plus the municipalities whose documents the viewer may change. */
export interface EditScope extends ReadScope {
  /** Who writes: the audit events of the scope's writes name them. */
  readonly viewer: Viewer;
  readonly edit: MunicipalityScope;
}

/** The facts of a municipal document that the scope decides on. */
export interface ScopedFacts {
  municipalityCode: string;
  /** Absent on collections without drafts. */
  status?: string;
}

const memberMunicipalities = (viewer: Viewer, holds: (code: string) => boolean): string[] =>
  [...new Set(viewer.memberships.map((m) => m.municipalityCode))].filter(holds);

/** The viewer's read scope: an admin reads every municipality whole; others by their roles (readsAllOf, readsPublishedOf); no viewer reads nothing. */
export function readScope(viewer: Viewer | null): ReadScope {
  if (!viewer) return { viewer, all: [], published: [] } as unknown as ReadScope;
  if (isAdmin(viewer)) return { viewer, all: 'all', published: 'all' } as unknown as ReadScope;
  return {
    viewer,
    all: memberMunicipalities(viewer, (code) => readsAllOf(viewer, code)),
    published: memberMunicipalities(viewer, (code) => readsPublishedOf(viewer, code)),
  } as unknown as ReadScope;
}

/** The viewer's edit scope: plans, areas, items and goals are changed by the municipality's administration. */
export function editScope(viewer: Viewer): EditScope {
  return {
    ...readScope(viewer),
    viewer,
    edit: memberMunicipalities(viewer, (code) => isAdministrationOf(viewer, code)),
  };
}

const covers = (scope: MunicipalityScope, code: string) => scope === 'all' || scope.includes(code);

/** Whether a document lies in the scope: the in-memory twin of {@link scopeFilter}. */
export function inReadScope(scope: ReadScope, doc: ScopedFacts): boolean {
  if (covers(scope.all, doc.municipalityCode)) return true;
  return doc.status !== 'draft' && covers(scope.published, doc.municipalityCode);
}

/** Whether the viewer may change a document of the scope. */
export function inEditScope(scope: EditScope, doc: Pick<ScopedFacts, 'municipalityCode'>): boolean {
  return covers(scope.edit, doc.municipalityCode);
}

const codesFilter = (scope: MunicipalityScope) =>
  scope === 'all' ? {} : { municipalityCode: mongoose.trusted({ $in: [...scope] }) };

/** The query condition that keeps a read inside the scope (drafts only where the viewer reads all). */
export function scopeFilter(scope: ReadScope): Record<string, unknown> {
  if (scope.all === 'all') return {};
  const branches: Record<string, unknown>[] = [codesFilter(scope.all)];
  if (scope.published === 'all' || scope.published.length)
    branches.push({ ...codesFilter(scope.published), status: mongoose.trusted({ $ne: 'draft' }) });
  return branches.length === 1 ? branches[0]! : { $or: mongoose.trusted(branches) };
}

const either = (a: MunicipalityScope, b: MunicipalityScope): MunicipalityScope =>
  a === 'all' || b === 'all' ? 'all' : [...new Set([...a, ...b])];

/**
 * The query condition on the municipality alone: every municipality the scope reads anything of.
 * For children (areas, items, status updates, comments) whose drafts are decided by their parent,
 * which the repository then checks in the scope.
 */
export function municipalityFilter(scope: ReadScope): Record<string, unknown> {
  return codesFilter(either(scope.all, scope.published));
}

/** The query condition that keeps a write inside the edit scope. */
export function editFilter(scope: EditScope): Record<string, unknown> {
  return codesFilter(scope.edit);
}

/** One document read in the scope, or NOT_FOUND naming `what` for a hidden one as for an absent one. */
export function loadInScope<T extends ScopedFacts>(
  scope: ReadScope,
  load: () => Promise<T | null | undefined>,
  what: LocalizedText,
): Promise<T> {
  return loadVisible(load, (doc) => inReadScope(scope, doc), what);
}

/**
 * One document to change: NOT_FOUND when outside the read scope, FORBIDDEN when visible but outside
 * the edit scope. `canChange` replaces the edit scope for a change with a rule of its own (a status
 * update by the item's principal, a comment edited by its author or hidden by a moderator).
 */
export function loadForEdit<T extends ScopedFacts>(
  scope: EditScope,
  load: () => Promise<T | null | undefined>,
  what: LocalizedText,
  canChange: (doc: T) => boolean = (doc) => inEditScope(scope, doc),
): Promise<T> {
  return loadEditable(load, { canSee: (doc) => inReadScope(scope, doc), canEdit: canChange }, what);
}

/**
 * A public record (an organisation: registry data anyone may look up) under which municipal data
 * is read or written: NOT_FOUND only when it is absent, FORBIDDEN when its municipality is outside
 * the scope (`read`: where the viewer reads published documents; `edit`: the edit scope).
 */
export function loadOwnerInScope<T extends { municipalityCode: string }>(
  scope: ReadScope,
  right: 'read' | 'edit',
  load: () => Promise<T | null | undefined>,
  what: LocalizedText,
): Promise<T> {
  const within = (doc: T) =>
    right === 'edit'
      ? 'edit' in scope && inEditScope(scope as EditScope, doc)
      : inReadScope(scope, { municipalityCode: doc.municipalityCode, status: 'active' });
  return loadEditable(load, { canSee: () => true, canEdit: within }, what);
}
