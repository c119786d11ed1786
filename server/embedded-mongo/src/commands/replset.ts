/**
 * Replica-set commands for the single-node set the server presents itself as: replSetGetStatus
 * (rs.status()) and replSetGetConfig (rs.conf()), with the shapes mongod gives for a one-member set.
 */
import { Long, ObjectId, Timestamp } from 'bson';
import type { CommandContext, CommandHandler } from './context.js';

type Doc = Record<string, unknown>;

export const SET_NAME = 'lyfta';
/** The set never reconfigures or holds another election: version and term stay 1. */
const CONFIG_VERSION = 1;
const TERM = 1;

function me(ctx: CommandContext): string {
  return `${ctx.server.host}:${ctx.server.port}`;
}

/** An optime `{ts, t}`; every write is applied and durable when acknowledged, so all optimes are now. */
function opTime(at: Date): Doc {
  return { ts: new Timestamp({ t: Math.floor(at.getTime() / 1000), i: 1 }), t: Long.fromNumber(TERM) };
}

const replSetGetStatus: CommandHandler = (_cmd, ctx) => {
  const now = new Date();
  const started = ctx.server.startedAt;
  const op = opTime(now);
  const election = opTime(started).ts;
  return {
    set: SET_NAME,
    date: now,
    myState: 1,
    term: Long.fromNumber(TERM),
    syncSourceHost: '',
    syncSourceId: -1,
    heartbeatIntervalMillis: Long.fromNumber(2000),
    majorityVoteCount: 1,
    writeMajorityCount: 1,
    votingMembersCount: 1,
    writableVotingMembersCount: 1,
    optimes: {
      lastCommittedOpTime: op,
      lastCommittedWallTime: now,
      readConcernMajorityOpTime: op,
      appliedOpTime: op,
      durableOpTime: op,
      writtenOpTime: op,
      lastAppliedWallTime: now,
      lastDurableWallTime: now,
      lastWrittenWallTime: now,
    },
    members: [
      {
        _id: 0,
        name: me(ctx),
        health: 1,
        state: 1,
        stateStr: 'PRIMARY',
        uptime: Math.floor((now.getTime() - started.getTime()) / 1000),
        optime: op,
        optimeDate: now,
        optimeWritten: op,
        optimeWrittenDate: now,
        lastAppliedWallTime: now,
        lastDurableWallTime: now,
        lastWrittenWallTime: now,
        syncSourceHost: '',
        syncSourceId: -1,
        infoMessage: '',
        electionTime: election,
        electionDate: started,
        configVersion: CONFIG_VERSION,
        configTerm: TERM,
        self: true,
        lastHeartbeatMessage: '',
      },
    ],
    ok: 1,
  };
};

const replSetGetConfig: CommandHandler = (_cmd, ctx) => ({
  config: {
    _id: SET_NAME,
    version: CONFIG_VERSION,
    term: TERM,
    members: [
      {
        _id: 0,
        host: me(ctx),
        arbiterOnly: false,
        buildIndexes: true,
        hidden: false,
        priority: 1,
        tags: {},
        secondaryDelaySecs: Long.ZERO,
        votes: 1,
      },
    ],
    protocolVersion: Long.fromNumber(1),
    writeConcernMajorityJournalDefault: true,
    settings: {
      chainingAllowed: true,
      heartbeatIntervalMillis: 2000,
      heartbeatTimeoutSecs: 10,
      electionTimeoutMillis: 10000,
      catchUpTimeoutMillis: -1,
      catchUpTakeoverDelayMillis: 30000,
      getLastErrorModes: {},
      getLastErrorDefaults: { w: 1, wtimeout: 0 },
      // Stable for the life of the process: derived from the start time.
      replicaSetId: ObjectId.createFromTime(Math.floor(ctx.server.startedAt.getTime() / 1000)),
    },
  },
  ok: 1,
});

/** Replica-set command handlers by name. */
export const replicaSetCommands: Record<string, CommandHandler> = { replSetGetStatus, replSetGetConfig };
