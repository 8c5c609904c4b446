import { startWebhookReceiver, type WebhookReceiver } from '@app/testing';
import { outboundRequest } from './outbound-http';
import { OutboundRefusedError, OutboundRequestError } from './outbound.errors';

describe('outbound HTTP against a local server', () => {
  let receiver: WebhookReceiver;
  beforeAll(async () => (receiver = await startWebhookReceiver()));
  afterAll(() => receiver.close());
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.reply = () => ({ status: 200, body: '{"ok":true}' });
  });
  const port = () => new URL(receiver.url).port;

  it('reaches loopback only with the local-receiver flag', async () => {
    const res = await outboundRequest(`${receiver.url}/hook`, { allowLoopback: true }, { body: '{}', timeoutMs: 2000 });
    expect(res).toMatchObject({ status: 200, body: '{"ok":true}' });
    expect(receiver.received).toHaveLength(1);
  });

  it('refuses loopback with the flag off, by literal and after DNS resolution, before connecting', async () => {
    for (const url of [
      `https://127.0.0.1:${port()}/hook`,
      `https://localhost:${port()}/hook`,
      `https://[::ffff:127.0.0.1]:${port()}/hook`,
      `http://localhost:${port()}/hook`,
    ]) {
      await expect(outboundRequest(url, { allowLoopback: false }, { body: '{}', timeoutMs: 2000 })).rejects.toBeInstanceOf(
        OutboundRefusedError,
      );
    }
    expect(receiver.received).toHaveLength(0);
  });

  it('refuses private and link-local targets even with the flag on', async () => {
    await expect(
      outboundRequest('http://169.254.169.254/latest/meta-data', { allowLoopback: true }, { timeoutMs: 500 }),
    ).rejects.toBeInstanceOf(OutboundRefusedError);
    await expect(outboundRequest('http://10.0.0.1/', { allowLoopback: true }, { timeoutMs: 500 })).rejects.toBeInstanceOf(
      OutboundRefusedError,
    );
  });

  it('does not follow a redirect towards an internal address', async () => {
    receiver.reply = (r) => (r.path === '/hook' ? { status: 302, body: '' } : { status: 200 });
    const res = await outboundRequest(`${receiver.url}/hook`, { allowLoopback: true }, { body: '{}', timeoutMs: 2000 });
    expect(res.status).toBe(302);
    expect(receiver.received.map((r) => r.path)).toEqual(['/hook']);
  });

  it('says a request was transmitted when the answer never came', async () => {
    receiver.reply = () => 'hang';
    const err = await outboundRequest(`${receiver.url}/slow`, { allowLoopback: true }, { body: '{}', timeoutMs: 300 }).catch((e) => e);
    expect(err).toBeInstanceOf(OutboundRequestError);
    expect(err.transmitted).toBe(true);
    const refused = await outboundRequest('http://127.0.0.1:1/closed', { allowLoopback: true }, { body: '{}', timeoutMs: 300 }).catch(
      (e) => e,
    );
    expect(refused.transmitted).toBe(false);
  });
});
