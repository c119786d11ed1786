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
}

/** Raised when the environment is invalid; main.ts prints its one-line message and exits. */
export class ConfigError extends Error {}

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
  });
}
