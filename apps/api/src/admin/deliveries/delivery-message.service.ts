import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Delivery, NotFoundError } from '@app/domain';
import { AlertComposer, AlertEmailRenderer, type RenderedEmail } from '@app/notify';

/**
 * The message of a delivery as the worker renders it, from the bulletins assigned to it (or, for
 * one not yet sent, those it will carry): the same composer and templates as the sender.
 */
@Injectable()
export class DeliveryMessage {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly composer: AlertComposer,
    private readonly renderer: AlertEmailRenderer,
  ) {}

  async render(id: string): Promise<RenderedEmail> {
    const delivery = await this.dataSource.getRepository(Delivery).findOneBy({ id });
    if (!delivery) throw new NotFoundError('Delivery');
    const rows: Array<{ bulletin_id: string }> = await this.dataSource.query(
      `SELECT bulletin_id FROM notifications WHERE delivery_id = $1`,
      [id],
    );
    return this.renderer.render(
      await this.composer.compose(
        delivery,
        rows.map((r) => r.bulletin_id),
      ),
    );
  }
}
