export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export type CredentialProblem = 'email' | 'passwordLength' | 'passwordMismatch';
type Problems = Partial<Record<'email' | 'password' | 'repeat', CredentialProblem>>;

/** A new password typed twice: its length (as the API counts it) and that both match. */
export function checkNewPassword(password: string, repeat: string): Problems {
  const problems: Problems = {};
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) problems.password = 'passwordLength';
  if (password !== repeat) problems.repeat = 'passwordMismatch';
  return problems;
}

/** Problems to show before asking the API (which checks again). */
export function checkSignup(email: string, password: string, repeat: string): Problems {
  const problems: Problems = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) problems.email = 'email';
  return { ...problems, ...checkNewPassword(password, repeat) };
}
