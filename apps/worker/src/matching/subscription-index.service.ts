import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ActiveSubscription, ActiveSubscriptionsRepository } from '@app/domain/worker';
import { LiveMatcher, MatchBulletin, MatchResult, subscriptionShards, warmUpSegmenters } from '@app/matcher';

const PAGE = 20_000;
// Small deltas are matched beside the compiled index; past this the index is recompiled.
const REBUILD_AT_DELTA = 2_000;
const BACKGROUND_SYNC_MS = 1_000;

type Recipient = Pick<ActiveSubscription, 'memberId' | 'frequency' | 'channels' | 'includeExpired'>;

/**
 * This process's in-memory index of the active subscriptions of its shards. Loaded from Postgres
 * at boot, then kept current from the subscription_changes feed: in the background every second,
 * and synchronously before each bulletin (so a subscription saved before a bulletin arrived is
 * always seen).
 */
@Injectable()
export class SubscriptionIndex implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SubscriptionIndex.name);
  private readonly matchers = new Map<number, LiveMatcher>();
  private readonly recipients = new Map<string, Recipient>();
  /** The shards of this process each subscription sits on. */
  private readonly placed = new Map<string, number[]>();
  private cursor = '0';
  private syncing: Promise<void> | null = null;
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly subscriptions: ActiveSubscriptionsRepository,
  ) {}

  // Loaded in onModuleInit so the index is complete before any worker starts taking jobs.
  async onModuleInit(): Promise<void> {
    // Only match workers need the index (and its memory); other roles never load it.
    if (!this.config.worker.roles.includes('match')) return;
    await this.load();
    // The first bulletin should not pay for loading the segmenters' dictionaries.
    warmUpSegmenters();
    this.timer = setInterval(
      () => void this.sync().catch((err: Error) => this.logger.warn(`sync failed: ${err.message}`)),
      BACKGROUND_SYNC_MS,
    );
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  get shards(): number[] {
    return this.config.matching.shardIds;
  }

  size(shard: number): number {
    const m = this.matchers.get(shard);
    return m ? m.baseSize + m.deltaSize : 0;
  }

  /** Matches a bulletin against one shard, after catching up with every committed change. */
  async match(shard: number, bulletin: MatchBulletin): Promise<Array<MatchResult & Recipient>> {
    await this.sync();
    const matcher = this.matchers.get(shard);
    if (!matcher) throw new Error(`shard ${shard} is not held by this worker`);
    return matcher.match(bulletin).flatMap((r) => {
      const who = this.recipients.get(r.subscriptionId);
      return who ? [{ ...r, ...who }] : [];
    });
  }

  private async load(): Promise<void> {
    const started = Date.now();
    // Take the cursor first: changes committed during the load are replayed afterwards.
    this.cursor = await this.subscriptions.latestChangeId();
    const perShard = new Map<number, ActiveSubscription[]>(this.shards.map((s) => [s, []]));
    let after: string | null = null;
    for (;;) {
      const page = await this.subscriptions.page(after, PAGE);
      for (const sub of page) this.accept(sub, (shard) => perShard.get(shard)?.push(sub));
      if (page.length < PAGE) break;
      after = page[page.length - 1].id;
    }
    for (const [shard, subs] of perShard) this.matchers.set(shard, new LiveMatcher(subs));
    const total = [...perShard.values()].reduce((n, s) => n + s.length, 0);
    this.logger.log(`index of ${total} subscriptions for shards [${this.shards.join(',')}] built in ${Date.now() - started} ms`);
    await this.sync();
  }

  /** Applies committed changes since the cursor; concurrent callers share one run. */
  sync(): Promise<void> {
    this.syncing ??= this.applyChanges().finally(() => (this.syncing = null));
    return this.syncing;
  }

  private async applyChanges(): Promise<void> {
    for (;;) {
      const changes = await this.subscriptions.changesSince(this.cursor, 5000);
      if (!changes.length) return;
      const subIds = [...new Set(changes.map((c) => c.subscriptionId).filter((id): id is string => !!id))];
      const memberIds = [...new Set(changes.filter((c) => !c.subscriptionId).map((c) => c.memberId!))];
      const touched = new Set([...subIds, ...(await this.subscriptions.idsOfMembers(memberIds))]);
      const current = await this.subscriptions.findActive([...touched], memberIds);
      for (const sub of current) touched.delete(sub.id);
      for (const sub of current) this.accept(sub, (shard) => this.matchers.get(shard)?.upsert(sub));
      for (const id of touched) this.remove(id);
      this.cursor = changes[changes.length - 1].id;
      this.rebuildIfLarge();
    }
  }

  /**
   * Puts a subscription on each shard this process holds that it belongs to. Under region sharding a
   * subscription naming provinces of several groups sits on several shards; a bulletin visits only
   * one of them besides the nationwide shard, so it is still matched once.
   */
  private accept(sub: ActiveSubscription, put: (shard: number) => void): void {
    const { strategy, shards } = this.config.matching;
    const mine = subscriptionShards(sub, strategy, shards).filter((s) => this.shards.includes(s));
    // An edit can move a subscription between shards (its regions changed): drop it where it no longer belongs.
    for (const shard of this.placed.get(sub.id) ?? []) if (!mine.includes(shard)) this.matchers.get(shard)?.remove(sub.id);
    if (!mine.length) {
      this.recipients.delete(sub.id);
      this.placed.delete(sub.id);
      return;
    }
    this.recipients.set(sub.id, {
      memberId: sub.memberId,
      frequency: sub.frequency,
      channels: sub.channels,
      includeExpired: sub.includeExpired,
    });
    this.placed.set(sub.id, mine);
    for (const shard of mine) put(shard);
  }

  private remove(id: string): void {
    this.recipients.delete(id);
    for (const shard of this.placed.get(id) ?? []) this.matchers.get(shard)?.remove(id);
    this.placed.delete(id);
  }

  private rebuildIfLarge(): void {
    for (const [shard, m] of this.matchers) {
      if (m.deltaSize < REBUILD_AT_DELTA) continue;
      const started = Date.now();
      m.rebuild();
      this.logger.log(`shard ${shard} index rebuilt (${m.baseSize} subscriptions) in ${Date.now() - started} ms`);
    }
  }
}
