import type { Request, Response } from 'express';
import type { Logger } from '../shared/logger.js';
import type { Viewer } from '../auth/index.js';

/** What every resolver receives: the request, and per-request state built fresh for each request. */
export interface GraphQLContext {
  req: Request;
  res: Response;
  logger: Logger;
  /** The signed-in person, or null. */
  viewer: Viewer | null;
  /** The database kind the process runs on, for Query.health. */
  databaseKind: 'mongodb' | 'embedded';
}
