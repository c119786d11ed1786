import { BadInputError } from './errors.js';

/** The largest page any list returns, whatever the client asks for. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** A page of items with a cursor to continue after the last one. */
export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Validated page arguments: how many to return and the offset to start at. */
export interface PageArgs {
  first: number;
  offset: number;
}

/** A list's `first` argument: the default when absent, refused unless a whole number in 1..max. */
export function sizeArg(first: number | null | undefined, limits: { default: number; max: number }): number {
  const size = first ?? limits.default;
  if (!Number.isInteger(size) || size < 1 || size > limits.max) {
    throw new BadInputError([
      {
        field: 'first',
        message: { sv: `måste vara mellan 1 och ${limits.max}`, en: `must be between 1 and ${limits.max}` },
      },
    ]);
  }
  return size;
}

/** Reads `first`/`after` from GraphQL arguments, refusing sizes over the maximum and malformed cursors. */
export function pageArgs(args: { first?: number | null; after?: string | null }): PageArgs {
  const first = sizeArg(args.first, { default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE });
  let offset = 0;
  if (args.after) {
    const decoded = Number(Buffer.from(args.after, 'base64url').toString('utf8').replace(/^o:/, ''));
    if (!Number.isInteger(decoded) || decoded < 0) {
      throw new BadInputError([
        { field: 'after', message: { sv: 'är ingen giltig markör', en: 'is not a valid cursor' } },
      ]);
    }
    offset = decoded + 1;
  }
  return { first, offset };
}

/** Builds a page from the items at [offset, offset+first) and the total count. */
export function toPage<T>(items: T[], args: PageArgs, totalCount: number): Page<T> {
  const nodes = items.slice(0, args.first);
  const last = args.offset + nodes.length - 1;
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: args.offset + nodes.length < totalCount,
      endCursor: nodes.length ? Buffer.from(`o:${last}`).toString('base64url') : null,
    },
  };
}

/** Paginates an already loaded list. */
export function pageOf<T>(items: T[], args: { first?: number | null; after?: string | null }): Page<T> {
  const page = pageArgs(args);
  return toPage(items.slice(page.offset, page.offset + page.first), page, items.length);
}
