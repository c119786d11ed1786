import { resolve } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './shared/paths.js';
import { trustProxySchema, type TrustProxy } from './shared/trust-proxy.js';
import {
  DEFAULT_ACCOUNT_RULE,
  DEFAULT_ADDRESS_RULE,
  throttleRuleSchema,
  type LoginThrottleRules,
} from './auth/index.js';
import { DEFAULT_CACHE_MB } from './shared/cache-budget.js';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  MONGODB_URI: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^mongodb(\+srv)?:\/\//.test(v), 'must start with mongodb:// or mongodb+srv://'),
  LYFTA_DATA_DIR: z.string().min(1).default('./data'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(logLevels).optional(),
  LYFTA_DEMO: z.enum(['auto', 'always', 'never']).default('auto'),
  TRUST_PROXY: trustProxySchema,
  LOGIN_THROTTLE_ACCOUNT: throttleRuleSchema(DEFAULT_ACCOUNT_RULE),
  LOGIN_THROTTLE_ADDRESS: throttleRuleSchema(DEFAULT_ADDRESS_RULE),
  LYFTA_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(DEFAULT_CACHE_MB),
  LYFTA_PUBLIC_URL: optionalText.refine(
    (v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v),
    'must be an http(s) URL',
  ),
  SMTP_URL: optionalText.refine(
    (v) => v === undefined || /^smtps?:\/\//.test(v),
    'must start with smtp:// or smtps://',
  ),
  SMTP_HOST: optionalText,
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_SECURE: z.enum(['true', 'false']).optional(),
  SMTP_USER: optionalText,
  SMTP_PASS: z.string().optional(),
  SMTP_FROM: optionalText,
  SMTP_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(30_000),
  NOTIFY_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
});

/** The validated, frozen configuration the rest of the server reads instead of process.env. */
export interface Config {
  port: number;
  host: string;
  mongodbUri: string | undefined;
  dataDir: string;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: (typeof logLevels)[number];
  demo: 'auto' | 'always' | 'never';
  /** Which proxies' X-Forwarded-For is believed (Express's `trust proxy`); none by default. */
  trustProxy: TrustProxy;
  /** Sign-in throttling per account (and per trusted browser) and per client address. */
  loginThrottle: LoginThrottleRules;
  /** Total MiB all in-process caches together may hold (each evicts its least recently used entries). */
  cacheMb: number;
  /** The address people open Lyfta at, for links in e-mails (default: http://localhost:PORT). */
  publicUrl: string;
  /** Outgoing e-mail; null when no SMTP server is configured (then no e-mail is sent). */
  smtp: SmtpConfig | null;
  /** The local hour after which the daily e-mail digest is sent. */
  digestHour: number;
}

/** How e-mail leaves Lyfta: an SMTP URL, or host and port with optional credentials; the sender address. */
export interface SmtpConfig {
  url?: string;
  host?: string;
  port?: number;
  secure?: boolean;
  user?: string;
  pass?: string;
  from: string;
  /** The first retry waits this long; each further one twice as long. */
  retryBaseMs: number;
}

/** Raised when the environment is invalid; main.ts prints its one-line message and exits. */
export class ConfigError extends Error {}

function smtpConfig(e: z.infer<typeof schema>): SmtpConfig | null {
  if (!e.SMTP_URL && !e.SMTP_HOST) return null;
  if (!e.SMTP_FROM)
    throw new ConfigError('Invalid configuration: SMTP_FROM: required when SMTP_URL or SMTP_HOST is set');
  return Object.freeze({
    ...(e.SMTP_URL ? { url: e.SMTP_URL } : { host: e.SMTP_HOST, port: e.SMTP_PORT ?? 587 }),
    ...(e.SMTP_SECURE ? { secure: e.SMTP_SECURE === 'true' } : {}),
    ...(e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASS ?? '' } : {}),
    from: e.SMTP_FROM,
    retryBaseMs: e.SMTP_RETRY_BASE_MS,
  });
}

/** Parses the environment (the only place that reads it); throws ConfigError with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    mongodbUri: e.MONGODB_URI,
    dataDir: resolve(projectRoot, e.LYFTA_DATA_DIR),
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'warn' : 'info'),
    demo: e.LYFTA_DEMO,
    trustProxy: e.TRUST_PROXY,
    loginThrottle: Object.freeze({ account: e.LOGIN_THROTTLE_ACCOUNT, address: e.LOGIN_THROTTLE_ADDRESS }),
    cacheMb: e.LYFTA_CACHE_MB,
    publicUrl: (e.LYFTA_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    smtp: smtpConfig(e),
    digestHour: e.NOTIFY_DIGEST_HOUR,
  });
}
