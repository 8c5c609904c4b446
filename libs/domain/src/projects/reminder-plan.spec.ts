import { planReminders } from './reminder-plan';

const now = new Date('2026-12-01T00:00:00Z');
const deadline = new Date('2026-12-10T01:30:00Z');

describe('planReminders', () => {
  it('plans each offset before the deadline, dropping those already past', () => {
    const plan = planReminders(
      { id: 'p', deadlineAt: deadline, terminated: false },
      [{ memberId: 'm', offsetsHours: [72, 24, 24 * 20] }],
      now,
    );
    expect(plan.map((r) => [r.offsetHours, r.remindAt.toISOString()])).toEqual([
      [72, '2026-12-07T01:30:00.000Z'],
      [24, '2026-12-09T01:30:00.000Z'],
    ]);
  });
  it('plans nothing after a termination, without a deadline, or once it has passed', () => {
    const follows = [{ memberId: 'm', offsetsHours: [24] }];
    expect(planReminders({ id: 'p', deadlineAt: deadline, terminated: true }, follows, now)).toEqual([]);
    expect(planReminders({ id: 'p', deadlineAt: null, terminated: false }, follows, now)).toEqual([]);
    expect(planReminders({ id: 'p', deadlineAt: deadline, terminated: false }, follows, new Date('2026-12-11T00:00:00Z'))).toEqual([]);
  });
});
