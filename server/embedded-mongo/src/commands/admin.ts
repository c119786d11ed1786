/** Server and diagnostic commands: hello, buildInfo, serverStatus, listDatabases, stats and friends. */
import os from 'node:os';
import { BSON, Long } from 'bson';
import { fail } from '../errors.js';
import { isNumeric, isPlainObject, num, toNumber, truthy } from '../bson/values.js';
import { compileFilter } from '../query/match.js';
import { MAX_BSON_BYTES, MAX_MESSAGE_BYTES } from '../wire/protocol.js';
import type { CommandContext, CommandHandler } from './context.js';
import { replicaSetCommands, SET_NAME } from './replset.js';
import { existing } from './util.js';

type Doc = Record<string, unknown>;

/**
 * The version this server reports: the MongoDB release whose wire version (21) hello advertises,
 * and whose commands it answers (7.0 refuses what came with 8.0, such as `sort` in an update).
 */
export const VERSION = '7.0.0';
/** Wire version of MongoDB 7.0. */
const MAX_WIRE_VERSION = 21;

/** hello / isMaster as a single-node replica set primary (no topologyVersion: no streaming). */
export function helloReply(ctx: CommandContext, legacy: boolean): Doc {
  const me = `${ctx.server.host}:${ctx.server.port}`;
  const reply: Doc = {
    helloOk: true,
    ...(legacy ? { ismaster: true } : { isWritablePrimary: true }),
    setName: SET_NAME,
    setVersion: 1,
    hosts: [me],
    primary: me,
    me,
    secondary: false,
    maxBsonObjectSize: MAX_BSON_BYTES,
    maxMessageSizeBytes: MAX_MESSAGE_BYTES,
    maxWriteBatchSize: 100_000,
    localTime: new Date(),
    logicalSessionTimeoutMinutes: 30,
    connectionId: ctx.connectionId,
    minWireVersion: 0,
    maxWireVersion: MAX_WIRE_VERSION,
    readOnly: false,
    ok: 1,
  };
  return reply;
}

const hello: CommandHandler = (_cmd, ctx) => helloReply(ctx, false);
const isMaster: CommandHandler = (_cmd, ctx) => helloReply(ctx, true);

const buildInfo: CommandHandler = () => ({
  version: VERSION,
  gitVersion: 'lyfta-embedded',
  versionArray: [...VERSION.split('.').map(Number), 0],
  bits: 64,
  debug: false,
  maxBsonObjectSize: MAX_BSON_BYTES,
  storageEngines: ['lyfta-journal'],
  javascriptEngine: 'none',
  modules: [],
  openssl: { running: 'disabled' },
  buildEnvironment: {},
  sysInfo: 'deprecated',
  allocator: 'system',
  ok: 1,
});

const hostInfo: CommandHandler = () => ({
  system: {
    currentTime: new Date(),
    hostname: os.hostname(),
    cpuAddrSize: 64,
    memSizeMB: Math.round(os.totalmem() / 1048576),
    numCores: os.cpus().length,
    cpuArch: os.arch(),
    numaEnabled: false,
  },
  os: { type: os.type(), name: os.platform(), version: os.release() },
  extra: {},
  ok: 1,
});

const PARAMETERS: Doc = {
  featureCompatibilityVersion: { version: VERSION.split('.').slice(0, 2).join('.') },
  transactionLifetimeLimitSeconds: 60,
  authenticationMechanisms: [],
  // db.getLogComponents(); -1 inherits the default verbosity.
  logComponentVerbosity: {
    verbosity: 0,
    ...Object.fromEntries(
      ['accessControl', 'command', 'control', 'index', 'network', 'query', 'replication', 'storage', 'write'].map(
        (c) => [c, { verbosity: -1 }],
      ),
    ),
  },
};

/** The parameters that change at runtime, as they are now. */
function liveParameters(ctx: CommandContext): Doc {
  return { ttlMonitorEnabled: ctx.ttl.enabled, ttlMonitorSleepSecs: ctx.ttl.sleepSecs };
}

const getParameter: CommandHandler = (cmd, ctx) => {
  const reply: Doc = {};
  const all = cmd.getParameter === '*' || (isPlainObject(cmd.getParameter) && truthy(cmd.getParameter.allParameters));
  for (const [k, v] of Object.entries({ ...PARAMETERS, ...liveParameters(ctx) })) if (all || k in cmd) reply[k] = v;
  if (Object.keys(reply).length === 0) fail(72, 'no option found to get');
  return { ...reply, ok: 1 };
};

/** setParameter for the parameters this server honours; anything else is refused, never ignored. */
const setParameter: CommandHandler = (cmd, ctx) => {
  if (ctx.db !== 'admin') fail(13, 'setParameter may only be run against the admin database.');
  const names = Object.keys(cmd).filter((k) => k !== 'setParameter' && k !== 'lsid' && !k.startsWith('$'));
  if (names.length === 0) fail(2, 'no option found to set, use help:true to see options ');
  const was = liveParameters(ctx)[names[0]!];
  for (const name of names) {
    const value = cmd[name];
    if (name === 'ttlMonitorSleepSecs') {
      const secs = isNumeric(value) ? toNumber(value) : NaN;
      if (!Number.isInteger(secs) || secs < 1)
        fail(2, `Bad value for parameter "ttlMonitorSleepSecs": ${String(value)} is not an integer of at least 1`);
    } else if (name === 'ttlMonitorEnabled') {
      if (typeof value !== 'boolean') fail(14, 'ttlMonitorEnabled must be a boolean');
    } else fail(2, `attempted to set unrecognized parameter [${name}], use help:true to see options `);
  }
  for (const name of names) {
    if (name === 'ttlMonitorSleepSecs') ctx.ttl.sleepSecs = toNumber(cmd[name]);
    else ctx.ttl.enabled = cmd[name] === true;
  }
  return { was, ok: 1 };
};

const serverStatus: CommandHandler = (_cmd, ctx) => ({
  host: os.hostname(),
  version: VERSION,
  process: 'mongod',
  pid: Long.fromNumber(process.pid),
  uptime: (Date.now() - ctx.server.startedAt.getTime()) / 1000,
  uptimeMillis: Long.fromNumber(Date.now() - ctx.server.startedAt.getTime()),
  localTime: new Date(),
  connections: { current: ctx.server.connections(), available: 1000, totalCreated: ctx.connectionId },
  metrics: { cursor: { open: { total: ctx.cursors.size } } },
  storageEngine: { name: 'lyfta-journal', supportsCommittedReads: true, persistent: true },
  repl: replSection(ctx),
  ok: 1,
});

/** serverStatus.repl: the replica-set facts hello gives. */
function replSection(ctx: CommandContext): Doc {
  const { setName, setVersion, hosts, primary, me, secondary } = helloReply(ctx, false);
  return { hosts, setName, setVersion, isWritablePrimary: true, secondary, primary, me };
}

const whatsmyuri: CommandHandler = (_cmd, ctx) => ({ you: ctx.remote, ok: 1 });

function collectionSize(
  ctx: CommandContext,
  db: string,
): { count: number; size: number; collections: number; indexes: number } {
  let count = 0;
  let size = 0;
  let indexes = 0;
  const colls = ctx.engine.dbs.get(db);
  for (const c of colls?.values() ?? []) {
    count += c.docs.size;
    indexes += c.indexes.size;
    for (const d of c.docs.values()) size += BSON.calculateObjectSize(d);
  }
  return { count, size, collections: colls?.size ?? 0, indexes };
}

const listDatabases: CommandHandler = (cmd, ctx) => {
  let dbs: Doc[] = [...ctx.engine.dbs.keys()].map((name) => {
    const s = collectionSize(ctx, name);
    return { name, sizeOnDisk: s.size, empty: s.count === 0 };
  });
  if (cmd.filter) {
    const m = compileFilter(cmd.filter);
    dbs = dbs.filter((d) => m(d));
  }
  if (truthy(cmd.nameOnly)) dbs = dbs.map((d) => ({ name: d.name }));
  const totalSize = dbs.reduce((n, d) => n + Number(d.sizeOnDisk ?? 0), 0);
  return { databases: dbs, totalSize, totalSizeMb: Math.round(totalSize / 1048576), ok: 1 };
};

const dbStats: CommandHandler = (_cmd, ctx) => {
  const s = collectionSize(ctx, ctx.db);
  return {
    db: ctx.db,
    collections: s.collections,
    views: 0,
    objects: s.count,
    avgObjSize: s.count ? s.size / s.count : 0,
    dataSize: s.size,
    storageSize: s.size,
    indexes: s.indexes,
    indexSize: 0,
    totalSize: s.size,
    scaleFactor: 1,
    fsUsedSize: 0,
    fsTotalSize: 0,
    ok: 1,
  };
};

const collStats: CommandHandler = (cmd, ctx) => {
  const name = String(cmd.collStats);
  const coll = existing(ctx, name);
  if (!coll) fail(26, `ns not found ${ctx.db}.${name}`);
  let size = 0;
  for (const d of coll.docs.values()) size += BSON.calculateObjectSize(d);
  const indexSizes: Doc = {};
  for (const n of coll.indexes.keys()) indexSizes[n] = 0;
  return {
    ns: coll.ns,
    size,
    count: coll.docs.size,
    avgObjSize: coll.docs.size ? Math.floor(size / coll.docs.size) : 0,
    storageSize: size,
    nindexes: coll.indexes.size,
    indexSizes,
    totalIndexSize: 0,
    totalSize: size,
    capped: false,
    ok: 1,
  };
};

/** Authentication is not enabled: nobody is signed in and nothing is withheld. */
const connectionStatus: CommandHandler = (cmd) => ({
  authInfo: {
    authenticatedUsers: [],
    authenticatedUserRoles: [],
    ...(truthy(cmd.showPrivileges) ? { authenticatedUserPrivileges: [] } : {}),
  },
  ok: 1,
});

const LOG_NAMES = ['global', 'startupWarnings'];

/** getLog: the server keeps no log in memory, so both logs are empty (no startup warnings). */
const getLog: CommandHandler = (cmd) => {
  const name = cmd.getLog;
  if (typeof name !== 'string') fail(14, `Argument to getLog must be of type String; found ${String(name)}`);
  if (name === '*') return { names: LOG_NAMES, ok: 1 };
  if (!LOG_NAMES.includes(name)) fail(72, `no RamLog named: ${name}`);
  return { totalLinesWritten: 0, log: [], ok: 1 };
};

/** getCmdLineOpts; the server always runs as the one member of its replica set, as `--replSet` would. */
const getCmdLineOpts: CommandHandler = (_cmd, ctx) => ({
  argv: ctx.server.argv,
  parsed: {
    net: { bindIp: ctx.server.host, port: ctx.server.port },
    replication: { replSet: SET_NAME },
    storage: { dbPath: ctx.server.dbPath },
  },
  ok: 1,
});

/** profile: profiling is off and cannot be turned on (level 0 and the -1 query are answered). */
const profile: CommandHandler = (cmd) => {
  const level = num(cmd.profile);
  if (level !== 0 && level !== -1) fail(115, 'profiling is not supported by the embedded server');
  if (cmd.slowms !== undefined || cmd.sampleRate !== undefined || cmd.filter !== undefined)
    fail(115, 'profiling settings cannot be changed on the embedded server');
  return { was: 0, slowms: 100, sampleRate: 1, ok: 1 };
};

const ping: CommandHandler = () => ({ ok: 1 });

const ok: CommandHandler = () => ({ ok: 1 });

const getFreeMonitoringStatus: CommandHandler = () => ({ state: 'disabled', ok: 1 });

/** Administrative command handlers by name. */
export const adminCommands: Record<string, CommandHandler> = {
  hello,
  ismaster: isMaster,
  isMaster,
  buildInfo,
  buildinfo: buildInfo,
  hostInfo,
  getParameter,
  setParameter,
  serverStatus,
  whatsmyuri,
  listDatabases,
  dbStats,
  collStats,
  connectionStatus,
  getLog,
  getCmdLineOpts,
  ping,
  endSessions: ok,
  killAllSessions: ok,
  refreshSessions: ok,
  startSession: ok,
  getFreeMonitoringStatus,
  profile,
  ...replicaSetCommands,
  logout: ok,
  saslStart: () => fail(11, 'Authentication is not enabled on this server'),
  getDefaultRWConcern: () => ({
    defaultReadConcern: { level: 'local' },
    defaultWriteConcern: { w: 1, wtimeout: 0 },
    ok: 1,
  }),
  features: () => ({ ok: 1 }),
  usersInfo: () => ({ users: [], ok: 1 }),
  rolesInfo: () => ({ roles: [], ok: 1 }),
};
