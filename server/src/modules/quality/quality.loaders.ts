import DataLoader from 'dataloader';
import type { ReadScope } from '../../auth/index.js';
import { listIndicators, type IndicatorDoc } from '../indicators/index.js';
import { reportsWithItems } from './quality.repository.js';
import type { QualityReportDoc } from './quality.model.js';
import mongoose from 'mongoose';

/** Per-request loaders of the quality module, built with the viewer's scope. */
export function createQualityLoaders(scope: ReadScope) {
  return {
    /** Indicators by key (the catalogue is small: read once per request). */
    indicatorByKey: new DataLoader<string, IndicatorDoc | null>(async (keys) => {
      const all = new Map((await listIndicators()).map((i) => [i.key, i]));
      return keys.map((k) => all.get(k) ?? null);
    }),
    /** The readable reports whose measures became each action item. */
    reportsByItem: new DataLoader<string, QualityReportDoc[]>(async (itemIds) => {
      const reports = await reportsWithItems(
        scope,
        itemIds.map((id) => new mongoose.Types.ObjectId(id)),
      );
      return itemIds.map((id) =>
        reports.filter((r) => r.measureLinks.some((l) => l.actionItemId.toHexString() === id)),
      );
    }),
  };
}

export type QualityLoaders = ReturnType<typeof createQualityLoaders>;
