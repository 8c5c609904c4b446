import { randomUUID } from 'node:crypto';
import { parseWechatPush, validWechatPushSignature, wechatPushSignature } from './wechat-push';
import { bindScene, memberOfScene } from './wechat-scene';

describe('WeChat bind scenes', () => {
  const secret = 's'.repeat(40);

  it('name the member, fit the 64 characters the platform allows, and expire', () => {
    const id = randomUUID();
    const now = Date.UTC(2026, 11, 5);
    const scene = bindScene(id, 600, secret, now);
    expect(scene.length).toBeLessThanOrEqual(64);
    expect(memberOfScene(scene, secret, now + 599_000)).toBe(id);
    expect(memberOfScene(scene, secret, now + 601_000)).toBeNull();
    expect(memberOfScene(scene, 't'.repeat(40), now)).toBeNull();
    const other = bindScene(randomUUID(), 600, secret, now);
    // Another member's id under this scene's mac is refused.
    expect(memberOfScene(`${other.split('.').slice(0, 3).join('.')}.${scene.split('.')[3]}`, secret, now)).toBeNull();
    expect(memberOfScene('qrscene_123', secret, now)).toBeNull();
  });
});

describe('WeChat push', () => {
  it('checks the sha1 signature of the sorted token, timestamp and nonce', () => {
    const sig = wechatPushSignature('tok', '1700000000', 'n1');
    expect(sig).toMatch(/^[0-9a-f]{40}$/);
    expect(wechatPushSignature('tok', 'n1', '1700000000')).toBe(sig);
    expect(validWechatPushSignature('tok', { signature: sig, timestamp: '1700000000', nonce: 'n1' })).toBe(true);
    expect(validWechatPushSignature('tok', { signature: sig, timestamp: '1700000001', nonce: 'n1' })).toBe(false);
    expect(validWechatPushSignature('tok', { timestamp: '1700000000', nonce: 'n1' })).toBe(false);
  });

  it('reads an event as strings (a numeric EventKey stays text) and refuses what is not a push', () => {
    const xml =
      '<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o-1]]></FromUserName><CreateTime>1700000000</CreateTime>' +
      '<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[SCAN]]></Event><EventKey><![CDATA[007]]></EventKey></xml>';
    expect(parseWechatPush(xml)).toEqual({ openid: 'o-1', msgType: 'event', event: 'SCAN', eventKey: '007', createTime: '1700000000' });
    expect(parseWechatPush('<xml><MsgType>event</MsgType></xml>')).toBeNull();
    expect(parseWechatPush('<other/>')).toBeNull();
    expect(parseWechatPush('<xml><a>')).toBeNull();
  });
});
