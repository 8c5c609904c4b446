import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PhoneCode } from './phone-code.entity';

@Injectable()
export class PhoneCodesRepository {
  constructor(@InjectRepository(PhoneCode) private readonly codes: Repository<PhoneCode>) {}

  find(memberId: string): Promise<PhoneCode | null> {
    return this.codes.findOneBy({ memberId });
  }

  /** A new code replaces the previous one and its attempt count. */
  async replace(code: PhoneCode): Promise<void> {
    await this.codes.upsert(code, ['memberId']);
  }

  /**
   * Counts one attempt on a live code and returns it; null when there is none, it expired or its
   * attempts are used up. Counting first means parallel guesses cannot exceed the limit.
   */
  async spendAttempt(memberId: string, maxAttempts: number): Promise<PhoneCode | null> {
    const result = await this.codes
      .createQueryBuilder()
      .update()
      .set({ attempts: () => 'attempts + 1' })
      .where('member_id = :memberId AND attempts < :maxAttempts AND expires_at > now()', { memberId, maxAttempts })
      .returning('member_id, phone, code_hash, attempts')
      .execute();
    const row = (result.raw as Array<{ member_id: string; phone: string; code_hash: string; attempts: number }>).at(0);
    return row
      ? Object.assign(new PhoneCode(), { memberId: row.member_id, phone: row.phone, codeHash: row.code_hash, attempts: row.attempts })
      : null;
  }

  async delete(memberId: string): Promise<void> {
    await this.codes.delete({ memberId });
  }
}
