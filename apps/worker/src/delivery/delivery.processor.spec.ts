import type { Job } from 'bullmq';
import type { AppConfig } from '@app/config';
import type { DeliveriesRepository } from '@app/domain/worker';
import type { JobPayloads, JobProducer } from '@app/queues';
import { DeliveryProcessor } from './delivery.processor';
import type { EmailSender } from './email-sender.service';
import type { SmsSender } from './sms-sender.service';
import type { ChannelDispatcher } from './channels/channel-dispatcher.service';

describe('DeliveryProcessor.onFailed', () => {
  const job = (attemptsMade: number) =>
    ({ data: { deliveryId: 'd-1' }, attemptsMade, opts: { attempts: 3 }, failedReason: 'smtp down' }) as unknown as Job<
      JobPayloads['delivery.send']
    >;
  const processorWith = (claimForFailure: jest.Mock) => {
    const p = new DeliveryProcessor(
      {} as AppConfig,
      { claimForFailure } as unknown as DeliveriesRepository,
      {} as EmailSender,
      {} as SmsSender,
      {} as JobProducer,
      {} as ChannelDispatcher,
    );
    const logged: string[] = [];
    Object.assign(p, {
      logger: { warn: (_: unknown, m: string) => logged.push(m), error: (_: unknown, m: string) => logged.push(m), debug: () => undefined },
    });
    return { p, logged };
  };

  it('records a delivery failed for good only after the last attempt', async () => {
    const claim = jest.fn().mockResolvedValue(true);
    const { p, logged } = processorWith(claim);
    await p.onFailed(job(2));
    expect(claim).not.toHaveBeenCalled();
    await p.onFailed(job(3));
    expect(claim).toHaveBeenCalledWith('d-1');
    expect(logged).toEqual(['delivery failed for good']);
  });

  it('settles and logs when the database write throws: a rejected listener would end the process', async () => {
    const { p, logged } = processorWith(jest.fn().mockRejectedValue(new Error('connection terminated')));
    await expect(p.onFailed(job(3))).resolves.toBeUndefined();
    expect(logged).toEqual(['could not record the failed delivery']);
  });

  it('ignores a failed event without a job (BullMQ sends none when the job is gone)', async () => {
    const claim = jest.fn();
    const { p } = processorWith(claim);
    await expect(p.onFailed(undefined)).resolves.toBeUndefined();
    expect(claim).not.toHaveBeenCalled();
  });
});
