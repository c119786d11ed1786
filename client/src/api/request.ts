import { toAppError, type AppError } from './errors.js';

/** Tells an AppError from anything else. */
export function isAppError(value: unknown): value is AppError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && 'fields' in value;
}

/** Whatever was thrown, as an AppError. */
export function asAppError(error: unknown): AppError {
  return isAppError(error) ? error : toAppError(error);
}
