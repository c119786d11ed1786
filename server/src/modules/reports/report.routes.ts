import { Router, type Request, type Response } from 'express';
import type { ApolloServer, BaseContext } from '@apollo/server';
import {
  AppError,
  INTERNAL_ERROR_TEXT,
  NotFoundError,
  UnavailableError,
  type LocalizedText,
} from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { PLAN_REPORT_QUERY, type PlanReportData } from './report.query.js';
import { buildPlanReport, type PlanReport } from './report.model.js';
import { renderCsv } from './report.csv.js';
import { renderXlsx } from './report.xlsx.js';
import { renderPdf } from './report.pdf.js';
import { QUALITY_REPORT_QUERY, type QualityReportData } from './quality-report.query.js';
import { buildQualityReport, type QualityExport } from './quality-report.model.js';
import { renderQualityPdf } from './quality-report.pdf.js';
import { renderQualityDocx } from './quality-report.docx.js';
import { renderQualityCsv } from './quality-report.csv.js';

/** Reports made at the same time; more are answered 503 with Retry-After, not queued. */
export const MAX_CONCURRENT_REPORTS = 2;
/** How long one report may take before it is given up with 503. */
export const REPORT_TIME_LIMIT_MS = 20_000;

const FORMATS = {
  pdf: { type: 'application/pdf', render: renderPdf },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: renderXlsx },
  csv: { type: 'text/csv; charset=utf-8', render: async (r: PlanReport) => renderCsv(r) },
} as const;
type Format = keyof typeof FORMATS;

const BUSY_TEXT: LocalizedText = {
  sv: 'Många rapporter skapas just nu. Försök igen om en stund.',
  en: 'Many reports are being made right now. Please try again shortly.',
};

export interface ReportRoutesOptions<C extends BaseContext> {
  /** The app's GraphQL server: the report is read through it, as the plan page is. */
  apollo: ApolloServer<C>;
  /** The request's GraphQL context (its viewer from the session cookie, fresh loaders). */
  context: (args: { req: Request; res: Response }) => Promise<C>;
  logger: Logger;
  now?: () => Date;
}

/** The file name of a report: ASCII only (å → a), the plan's title and the date. */
export function reportFileName(report: Pick<PlanReport, 'title' | 'date'>, format: Format): string {
  const slug = report.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `lyfta-${slug || 'plan'}-${report.date}.${format}`;
}

function sendError(res: Response, status: number, error: AppError | { code: string; text: LocalizedText }): void {
  res
    .status(status)
    .set('cache-control', 'private, no-store')
    .json({ error: { code: error.code, messages: error.text } });
}

const notFound = new NotFoundError({ sv: 'Planen', en: 'The plan' });

/** Runs `work` unless it takes longer than `ms`. */
function timeBoxed<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('UNAVAILABLE', BUSY_TEXT)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** One kind of report: its path, its read, how its document is found in the answer, and its formats. */
interface ReportKind<D, R> {
  path: string;
  pattern: RegExp;
  query: string;
  notFound: NotFoundError;
  pick: (data: D | null | undefined) => unknown;
  build: (found: never, now: Date) => R;
  formats: Record<string, { type: string; render: (report: R) => Promise<Buffer> }>;
  fileName: (report: R, format: string) => string;
}

const planKind: ReportKind<PlanReportData, PlanReport> = {
  path: '/plans/:file',
  pattern: /^([0-9a-f]{24})\.(pdf|xlsx|csv)$/,
  query: PLAN_REPORT_QUERY,
  notFound,
  pick: (data) => data?.actionPlan,
  build: buildPlanReport as (found: never, now: Date) => PlanReport,
  formats: FORMATS,
  fileName: (report, format) => reportFileName(report, format as Format),
};

const qualityNotFound = new NotFoundError({ sv: 'Kvalitetsrapporten', en: 'The quality report' });

const QUALITY_FORMATS = {
  pdf: { type: 'application/pdf', render: renderQualityPdf },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderQualityDocx },
  csv: { type: 'text/csv; charset=utf-8', render: async (r: QualityExport) => renderQualityCsv(r) },
} as const;

/** The file name of a quality report: ASCII only, the unit, the school year and the date. */
export function qualityReportFileName(
  report: Pick<QualityExport, 'organisation' | 'schoolYear' | 'date'>,
  format: keyof typeof QUALITY_FORMATS,
): string {
  const slug = `${report.organisation} ${report.schoolYear.replace('/', '-')}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `lyfta-kvalitetsrapport-${slug || 'enhet'}-${report.date}.${format}`;
}

const qualityKind: ReportKind<QualityReportData, QualityExport> = {
  path: '/quality/:file',
  pattern: /^([0-9a-f]{24})\.(pdf|docx|csv)$/,
  query: QUALITY_REPORT_QUERY,
  notFound: qualityNotFound,
  pick: (data) => data?.qualityReport,
  build: buildQualityReport as (found: never, now: Date) => QualityExport,
  formats: QUALITY_FORMATS,
  fileName: (report, format) => qualityReportFileName(report, format as keyof typeof QUALITY_FORMATS),
};

/**
 * GET /plans/:id.pdf, .xlsx and .csv: a plan's board report; GET /quality/:id.pdf, .docx and .csv:
 * a quality report (a unit's or the organiser's). Each is read with the request's GraphQL context,
 * so a document the viewer may not see and one that does not exist are the same 404, with the
 * same body. Both kinds share the cap on reports made at once.
 */
export function reportRoutes<C extends BaseContext>(options: ReportRoutesOptions<C>): Router {
  const router = Router();
  let running = 0;
  const serve = <D, R>(kind: ReportKind<D, R>) =>
    router.get(kind.path, async (req, res) => {
      const file: unknown = req.params.file;
      const match = kind.pattern.exec(typeof file === 'string' ? file : '');
      if (!match) return sendError(res, 404, kind.notFound);
      const [, id, format] = match as unknown as [string, string, string];
      if (running >= MAX_CONCURRENT_REPORTS) {
        res.set('retry-after', '2');
        return sendError(res, 503, new AppError('UNAVAILABLE', BUSY_TEXT));
      }
      running += 1;
      try {
        const contextValue = await options.context({ req, res });
        const answer = await options.apollo.executeOperation<D & Record<string, unknown>>(
          { query: kind.query, variables: { id } },
          { contextValue },
        );
        const result = answer.body.kind === 'single' ? answer.body.singleResult : { errors: [] };
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        if (codes.includes('UNAVAILABLE')) return sendError(res, 503, new UnavailableError());
        if (codes.includes('UNAUTHENTICATED')) return sendError(res, 404, kind.notFound);
        if (codes.length && !codes.every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT'))
          throw new Error(`report query failed: ${JSON.stringify(result.errors)}`);
        const found = kind.pick(result.data as D | null | undefined);
        if (!found) return sendError(res, 404, kind.notFound);

        const report = kind.build(found as never, options.now?.() ?? new Date());
        const { type, render } = kind.formats[format]!;
        const bytes = await timeBoxed(render(report), REPORT_TIME_LIMIT_MS);
        const name = kind.fileName(report, format);
        res
          .status(200)
          .set({
            'content-type': type,
            'content-length': String(bytes.length),
            'content-disposition': `attachment; filename="${name}"`,
            'cache-control': 'private, no-store',
          })
          .end(bytes);
      } catch (error) {
        if (error instanceof AppError && error.code === 'UNAVAILABLE') {
          res.set('retry-after', '2');
          return sendError(res, 503, error);
        }
        options.logger.error({ err: error }, 'report failed');
        sendError(res, 500, { code: 'INTERNAL', text: INTERNAL_ERROR_TEXT });
      } finally {
        running -= 1;
      }
    });
  serve(planKind);
  serve(qualityKind);
  return router;
}
