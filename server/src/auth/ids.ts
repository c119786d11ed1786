import mongoose, { type Types } from 'mongoose';
import { z } from 'zod';
import { bilingual, parseInput } from '../shared/validation.js';

/** A 24-hex-digit ObjectId string; anything else (objects, operators) is refused. */
export const objectIdString = z
  .string()
  .regex(/^[0-9a-fA-F]{24}$/, bilingual('är inget giltigt id', 'is not a valid id'));

/** Validates one id argument and casts it explicitly, so user input never becomes a query operator. */
export function toObjectId(value: unknown, field = 'id'): Types.ObjectId {
  return new mongoose.Types.ObjectId(parseInput(objectIdString, value, field));
}

/** Casts an id that may be malformed; null when it is (for lookups that answer "not found"). */
export function tryObjectId(value: unknown): Types.ObjectId | null {
  return typeof value === 'string' && /^[0-9a-fA-F]{24}$/.test(value) ? new mongoose.Types.ObjectId(value) : null;
}
