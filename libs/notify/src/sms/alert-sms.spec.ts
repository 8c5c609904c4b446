import { alertSmsParams, renderAlertSms } from './alert-sms';

describe('alert SMS', () => {
  it('builds the template variables in order', () => {
    const params = alertSmsParams({ kind: 'daily', subscriptionNames: ['道路'], count: 3 });
    expect(params).toEqual({ name: '道路', period: '今日', count: '3' });
    expect(Object.keys(params)).toEqual(['name', 'period', 'count']);
    expect(renderAlertSms(params, 'https://t.example/m', '标讯订阅')).toBe(
      '【标讯订阅】您订阅的「道路」今日新增3条标讯，详见 https://t.example/m 拒收请回复R',
    );
  });

  it('never carries a link or 【】 in a variable, and keeps names short', () => {
    const params = alertSmsParams({
      kind: 'instant',
      subscriptionNames: ['【重庆】道路 http://evil.example/x 市政改造及配套工程项目'],
      count: 1,
    });
    expect(params.name).not.toMatch(/http|evil|【|】/);
    expect(params.name.length).toBeLessThanOrEqual(12);
    expect(params.period).toBe('刚刚');
  });

  it('summarises several subscriptions', () => {
    expect(alertSmsParams({ kind: 'weekly', subscriptionNames: ['道路', '市政', '绿化'], count: 12 })).toEqual({
      name: '道路等3个订阅',
      period: '本周',
      count: '12',
    });
    expect(alertSmsParams({ kind: 'daily', subscriptionNames: ['重庆市渝中区道路改造工程', '市政'], count: 2 }).name).toBe(
      '重庆市渝中区…等2个订阅',
    );
  });

  it('ends with the opt-out instruction', () => {
    expect(renderAlertSms(alertSmsParams({ kind: 'daily', subscriptionNames: [], count: 2 }), 'https://t.example/m', 's')).toMatch(
      /拒收请回复R$/,
    );
  });
});
