import { REMINDER_SMS_TEMPLATE, reminderSmsParams, renderReminderEmail } from './reminder-message';

const input = {
  project: {
    id: 'p1',
    name: '滨江区江堤步道提升改造工程施工',
    buyer: '某某市滨江区住房和城乡建设局',
    projectCode: 'BJ-2026-0815',
    deadlineAt: new Date('2026-12-27T01:30:00Z'),
  },
  offsetHours: 72,
  moved: true,
  timezone: 'Asia/Shanghai',
  projectUrl: 'https://alerts.test/app/projects/p1',
  now: new Date('2026-12-24T01:30:00Z'),
};

describe('reminder messages', () => {
  it('renders an email naming the deadline in China time, the move, and an .ics event at the deadline', () => {
    const mail = renderReminderEmail(input);
    expect(mail.subject).toBe('【投标截止提醒】滨江区江堤步道提升改造工程施工（剩3天）');
    expect(mail.text).toContain('将于 12月27日 09:30 投标截止');
    expect(mail.text).toContain('截止时间已由更正/延期公告调整');
    expect(mail.ics).toContain('BEGIN:VEVENT');
    expect(mail.ics).toContain('DTSTART:20261227T013000Z');
  });
  it('renders the HTML part with the deadline first, the move, a link to the project, and every value escaped', () => {
    const mail = renderReminderEmail({ ...input, project: { ...input.project, name: '<img src=x onerror=alert(1)>步道工程' } });
    expect(mail.html.indexOf('12月27日 09:30 投标截止')).toBeLessThan(mail.html.indexOf('截止时间已由更正/延期公告调整'));
    expect(mail.html).toContain('<a href="https://alerts.test/app/projects/p1"');
    expect(mail.html).toContain('&lt;img src&#61;x onerror&#61;alert(1)&gt;步道工程');
    expect(mail.html).not.toContain('<img');
    expect(renderReminderEmail({ ...input, moved: false }).html).not.toContain('更正/延期');
  });
  it('fills an SMS template that has no link, with no link in any variable', () => {
    const params = reminderSmsParams({
      ...input,
      project: { ...input.project, name: '项目 https://evil.example/x 名称很长很长很长很长很长很长' },
    });
    expect(REMINDER_SMS_TEMPLATE).not.toMatch(/https?:|\$\{link\}/);
    expect(Object.values(params).join(' ')).not.toMatch(/https?:/);
    expect(params).toMatchObject({ deadline: '12月27日 09:30', left: '3天' });
    expect(params.name.length).toBeLessThanOrEqual(14);
  });
});
