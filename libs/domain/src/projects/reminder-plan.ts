export interface PlannedReminder {
  memberId: string;
  projectId: string;
  deadlineAt: Date;
  offsetHours: number;
  remindAt: Date;
}

/**
 * The reminders still ahead for a project's followers: one per (member, offset) whose time has
 * not passed. Nothing for a project without a deadline, past its deadline, or terminated.
 */
export function planReminders(
  project: { id: string; deadlineAt: Date | null; terminated: boolean },
  follows: Array<{ memberId: string; offsetsHours: number[] }>,
  now: Date,
): PlannedReminder[] {
  const deadline = project.deadlineAt;
  if (!deadline || project.terminated || deadline.getTime() <= now.getTime()) return [];
  return follows.flatMap((f) =>
    [...new Set(f.offsetsHours)]
      .map((offsetHours) => ({
        memberId: f.memberId,
        projectId: project.id,
        deadlineAt: deadline,
        offsetHours,
        remindAt: new Date(deadline.getTime() - offsetHours * 3_600_000),
      }))
      .filter((r) => r.remindAt.getTime() > now.getTime()),
  );
}
