const SETTING = /^([A-Z][A-Z0-9_]*)=(.*)$/;

/**
 * One worker process group as given on the command line: its WORKER_ROLES, then settings of its
 * own after `+` (`deliver,digest+WORKER_CONCURRENCY=16+SMTP_POOL_SIZE=16`). Senders wait on SMTP
 * rather than CPU, so a machine of them runs with settings a matcher would not.
 */
export function workerGroupEnv(group: string): Record<string, string> {
  const [roles, ...settings] = group.split('+');
  if (!roles.trim()) throw new Error(`worker group "${group}": roles first`);
  const env: Record<string, string> = { WORKER_ROLES: roles.trim() };
  for (const s of settings) {
    const m = SETTING.exec(s.trim());
    if (!m) throw new Error(`worker group "${group}": "${s}" is not NAME=value`);
    if (m[1] === 'WORKER_ROLES') throw new Error(`worker group "${group}": roles come before the first +`);
    env[m[1]] = m[2];
  }
  return env;
}
