import { pino, type Logger } from 'pino';

export type { Logger };

/** Creates the process logger (JSON lines on stdout; level from config). */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, redact: ['req.headers.cookie', 'password', '*.password'] });
}
