import { notRelevantToken, signToken } from '@app/domain';
import { renderAlertEmail, type AlertEmailModel } from '@app/notify';
import { bulletin } from './pipeline-rig';
import { BULLETIN_TAG, bulletinTagsInEmail } from './bulletin-tags';

const MEMBER = '6f1c2a9e-0d4b-4c1e-9a57-3b8e2f1d0c64';
const BULLETIN = '0b7d3e52-8c1a-4f6e-b2d9-5e4a1c7f8d30';

/** The first link secret (of a fixed sequence) whose unsubscribe token has B and four digits in it. */
function secretWithTagInToken(): { secret: string; token: string } {
  for (let i = 0; ; i++) {
    const token = signToken('unsubscribe', { m: MEMBER }, `link-secret-${i}`);
    if (BULLETIN_TAG.test(token)) return { secret: `link-secret-${i}`, token };
  }
}

describe('bulletinTagsInEmail', () => {
  it('reads the tags of the bulletins listed, not look-alikes inside the signed links', async () => {
    const { secret, token } = secretWithTagInToken();
    const shown = bulletin(7);
    const model: AlertEmailModel = {
      kind: 'instant',
      member: { displayName: null, email: 'rig-1@example.test' },
      periodLabel: '3月5日',
      groups: [{ subscription: { id: 's1', name: '订阅1', keywords: ['市政', '绿化'] }, bulletinIds: [BULLETIN] }],
      bulletins: {
        [BULLETIN]: {
          id: BULLETIN,
          title: shown.title,
          url: null,
          regionName: '重庆市 渝中区',
          category: 'tender',
          publishedAt: null,
          budgetYuan: null,
          deadlineAt: null,
          hits: ['市政'],
          subscriptionNames: ['订阅1'],
          snippet: '',
          notRelevantUrl: `http://localhost:3000/nr/${notRelevantToken(MEMBER, BULLETIN, secret)}`,
        },
      },
      moreCount: 0,
      moreUrl: 'http://localhost:3000/app/inbox',
      manageUrl: 'http://localhost:3000/app/subscriptions',
      unsubscribeUrl: `http://localhost:3000/u/${token}`,
      pauseUrls: {},
    };
    const { text } = await renderAlertEmail(model);
    const lookAlike = BULLETIN_TAG.exec(token)![0];
    // The message really has the look-alike in it (a plain search over the text finds it) …
    expect(text.match(new RegExp(BULLETIN_TAG.source, 'g'))).toContain(lookAlike);
    // … and only the bulletin listed counts.
    expect([...bulletinTagsInEmail(text)]).toEqual(['B0007']);
  });

  it('skips lines that only refer back to a bulletin listed above, and runs of letters and digits', () => {
    const text = [
      '1. 标讯B0012：道路道路工程招标公告',
      '2. 标讯B0013：市政市政工程招标公告（另见上文第 2 条）',
      '编号 XB00141 与 B0015999',
    ].join('\n');
    expect([...bulletinTagsInEmail(text)]).toEqual(['B0012']);
  });
});
