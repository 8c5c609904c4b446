import { explainMatch } from './explain-match';
import type { WhyBulletin, WhyMember, WhySubscription } from './why-matched.repository';
import { outcomeFor } from './why-matched.service';

const t = (iso: string) => new Date(iso);
const bulletin: WhyBulletin = {
  id: 'b1',
  title: '道路改造',
  titleMatch: '道路改造',
  bodyMatch: '',
  regionCode: '500103',
  regionText: null,
  category: 'tender',
  stage: null,
  budgetYuan: null,
  canonicalId: null,
  withdrawnAt: null,
  ingestedAt: t('2026-11-20T00:00:00Z'),
  matchedAt: t('2026-11-20T00:00:01Z'),
};
const sub: WhySubscription = {
  id: 's1',
  memberId: 'm1',
  name: '道路',
  keywords: ['道路'],
  excludeWords: [],
  scope: 'title_body',
  regions: [],
  categories: [],
  budgetMin: null,
  budgetMax: null,
  requireBudget: false,
  pausedAt: null,
  memberStatus: 'active',
  channels: ['email', 'sms'],
  createdAt: t('2026-11-01T00:00:00Z'),
  updatedAt: t('2026-11-01T00:00:00Z'),
};
const member: WhyMember = {
  id: 'm1',
  email: 'a@example.cn',
  status: 'active',
  emailEnabled: true,
  emailBouncedAt: null,
  smsEnabled: false,
  phoneVerifiedAt: null,
  consentAt: null,
};
const rows = (over: Partial<Parameters<typeof outcomeFor>[2]> = {}) => ({
  bulletin,
  outcomeBulletin: bulletin,
  member,
  matches: [],
  notifications: [],
  ...over,
});

describe('outcomeFor', () => {
  it('reports the match, each channel’s notification, a held delivery’s reason, and why a channel got none', () => {
    const held = {
      id: 'd1',
      kind: 'instant',
      status: 'held',
      attempts: 0,
      dueAt: t('2026-11-20T00:30:00Z'),
      sentAt: null,
      error: 'quiet hours until 08:00',
      subject: null,
    };
    const o = outcomeFor(
      sub,
      explainMatch(sub, bulletin),
      rows({
        matches: [{ subscriptionId: 's1', hits: ['道路'], createdAt: t('2026-11-20T00:00:01Z') }],
        notifications: [
          { channel: 'email', status: 'assigned', frequency: 'instant', createdAt: t('2026-11-20T00:00:01Z'), delivery: held },
        ],
      }),
    );
    expect(o).toMatchObject({
      bulletinId: 'b1',
      match: { hits: ['道路'] },
      deduplicated: null,
      notifications: [{ channel: 'email', heldReason: 'quiet hours until 08:00' }],
    });
    expect(o.notes).toEqual(['sms: no notification, the member has SMS turned off']);
  });

  it('says why a filter that catches the bulletin left no match', () => {
    const later = { ...sub, createdAt: t('2026-11-21T00:00:00Z'), updatedAt: t('2026-11-21T00:00:00Z') };
    expect(outcomeFor(later, explainMatch(later, bulletin), rows()).notes).toEqual([
      expect.stringMatching(/created after the bulletin was matched/),
    ]);
    const unmatched = { ...bulletin, matchedAt: null };
    expect(outcomeFor(sub, explainMatch(sub, unmatched), rows({ bulletin: unmatched, outcomeBulletin: unmatched })).notes).toEqual([
      'the bulletin has not been matched yet',
    ]);
    const withdrawn = { ...bulletin, withdrawnAt: t('2026-11-22T00:00:00Z') };
    expect(outcomeFor(sub, explainMatch(sub, withdrawn), rows({ outcomeBulletin: withdrawn })).notes).toEqual([
      'withdrawn at 2026-11-22T00:00:00.000Z: no further notifications',
    ]);
  });

  it('notes a match made before the subscription changed, and an unsubscribed member', () => {
    const changed = { ...sub, keywords: ['桥梁'], channels: ['email' as const], updatedAt: t('2026-11-25T00:00:00Z') };
    const o = outcomeFor(
      changed,
      explainMatch(changed, bulletin),
      rows({
        member: { ...member, emailEnabled: false },
        matches: [{ subscriptionId: 's1', hits: ['道路'], createdAt: t('2026-11-20T00:00:01Z') }],
      }),
    );
    expect(o.notes).toEqual([
      'matched at 2026-11-20T00:00:01.000Z, before the subscription changed at 2026-11-25T00:00:00.000Z',
      'email: no notification, the member turned email off (unsubscribed)',
    ]);
  });
});
