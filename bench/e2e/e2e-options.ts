import type { SeededSubscription } from './e2e-workload';
import type { StatementTime } from './statement-stats';

export interface E2eOptions {
  subscriptions: number;
  bulletins: number;
  /** Items per POST /v1/ingest/bulletins, and requests in flight at once. */
  batch: number;
  concurrency: number;
  windowSeconds: number;
  /** After the bulk: bulletins at a steady rate for the instant latency (0 or absent: skipped). */
  steadyRate?: number;
  steadySeconds?: number;
  /** Last: every daily/weekly member made due, timed until every digest is accepted. */
  digests?: boolean;
  /**
   * Past months of ledger partitions made before the run (empty), as a service keeping its
   * history has: statements that cannot prune by month are planned over all of them.
   */
  historyMonths?: number;
  /** Write a V8 CPU profile of the api and the worker here (node --cpu-prof), for where the time goes. */
  profileDir?: string;
  /**
   * `machine`: the test server as this machine runs it. `tuned`: a cluster of the bench's own with
   * the production settings of docker/postgres/tuning.conf (memory, WAL, autovacuum).
   */
  postgres?: 'machine' | 'tuned';
  /**
   * One worker process per entry, each with these WORKER_ROLES (e.g. `match,maintenance` and
   * `deliver,digest,webhooks,reminders`): process groups standing in for machines. Default: one
   * worker with every role. Settings of a group's own follow its roles, each after a `+`
   * (`deliver,digest+WORKER_CONCURRENCY=16+SMTP_POOL_SIZE=16`), as a machine has its own.
   */
  workerGroups?: string[];
  /**
   * Where Postgres spends the bulk phase, statement by statement (pg_stat_statements, planning
   * included). Needs a cluster of the bench's own (`tuned`): the library is loaded at start.
   */
  statements?: boolean;
  /** Keep the database for inspection (the caller drops it). */
  keepDatabase?: boolean;
  log?: (line: string) => void;
}

export interface E2eResult {
  options: E2eOptions;
  figures: {
    ingestSeconds: number;
    ingestPerSecond: number;
    /** From the first ingest request until every bulletin's matches, notifications and instant deliveries were recorded. */
    recordedSeconds: number;
    recordedAfterLastIngestSeconds: number;
    /** From the first ingest request until every instant email was accepted by the sink. */
    instantSentSeconds: number;
    emailsPerSecond: number;
    /** Mean size of an instant email as the sink received it (headers, MIME parts, encodings). */
    emailKbPerMessage: number;
    workerStatementsPerBulletin: number;
    apiStatementsPerBulletin: number;
    workerCpuMsPerBulletin: number;
    apiCpuMsPerBulletin: number;
    /** Backends of the bench's database plus the server's shared background processes (WAL, checkpoints). */
    postgresCpuMsPerBulletin: number;
    redisCpuMsPerBulletin: number;
    /** api + worker + Postgres + Redis, the bulk phase. */
    totalCpuMsPerBulletin: number;
    matchJobsRetried: number;
    /** Ingest requests answered 503 and posted again (the whole run): the api was short of Postgres or Redis. */
    ingestRetried: number;
    /** Redis commands during the bulk phase per bulletin (every client of that Redis: use one of the bench's own). */
    redisCommandsPerBulletin: number;
    /** Steady phase: seconds beyond the coalescing window, over every (member, bulletin) instant pair. */
    instantBeyondWindowP50: number | null;
    instantBeyondWindowP95: number | null;
    instantBeyondWindowMax: number | null;
    /** Digest phase: from the tick that opened them until the sink accepted the last. */
    digestSeconds: number | null;
    digestEmailsPerSecond: number | null;
    /** CPU of the worker processes and of Postgres over the digest phase, per digest accepted. */
    digestWorkerCpuMsPerDigest: number | null;
    digestPostgresCpuMsPerDigest: number | null;
  };
  counts: {
    bulletins: number;
    matches: number;
    notifications: number;
    instantNotifications: number;
    instantDeliveriesSent: number;
    emptyInstantDeliveries: number;
    unsentInstantNotifications: number;
    emailsReceived: number;
    steadyBulletins: number | null;
    steadyInstantNotifications: number | null;
    /** Instant emails of the steady phase, per second of it: the sending rate the posting rate asks for. */
    steadyEmailsPerSecond: number | null;
    steadyNotSeenAtSink: number | null;
    digestsDue: number | null;
    digestsAccepted: number | null;
  };
  /** With `statements`: where Postgres spent the bulk phase, dearest statements first. */
  topStatements: StatementTime[] | null;
  /** With `statements` and digests: the same for the digest phase, per digest accepted. */
  digestStatements: StatementTime[] | null;
  /** Each worker process over the bulk phase: its roles, statements and CPU per bulletin. */
  workers: Array<{ roles: string; statementsPerBulletin: number; cpuMsPerBulletin: number }>;
  /** Bytes per stored bulletin after the bulk phase, by table (with its indexes and TOAST). */
  diskBytesPerBulletin: Record<string, number>;
  /** For the correctness check: what was seeded, and the database (when kept). */
  subscriptions: SeededSubscription[];
  databaseUrl: string;
  dropDatabase(): Promise<void>;
}
