import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { flattenValidationErrors } from '../../bootstrap/validation.pipe';
import { UpdateProfileDto } from './update-profile.dto';

async function fields(body: object): Promise<string[]> {
  const errors = await validate(plainToInstance(UpdateProfileDto, body), { whitelist: true, forbidNonWhitelisted: true });
  return [...new Set(flattenValidationErrors(errors).map((e) => e.field))];
}

describe('UpdateProfileDto', () => {
  it('accepts any subset of the profile, and null for clearable fields', async () => {
    expect(await fields({})).toEqual([]);
    expect(
      await fields({
        displayName: null,
        company: null,
        phone: null,
        digestHour: 0,
        digestWeekday: 6,
        quietStart: '23:30',
        consentToAlerts: true,
      }),
    ).toEqual([]);
  });

  it('names bad fields, and null for fields that cannot be empty', async () => {
    expect(await fields({ digestHour: 24, digestWeekday: -1, quietEnd: '7:00', timezone: null, emailEnabled: 'yes' })).toEqual([
      'timezone',
      'digestHour',
      'digestWeekday',
      'quietEnd',
      'emailEnabled',
    ]);
  });

  it('refuses role, plan, status and email (no mass assignment)', async () => {
    expect(await fields({ role: 'admin', plan: 'pro', status: 'active', email: 'x@y.z', memberId: 'x' })).toEqual([
      'role',
      'plan',
      'status',
      'email',
      'memberId',
    ]);
  });
});
