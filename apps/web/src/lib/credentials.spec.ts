import { checkNewPassword, checkSignup } from './credentials';

describe('sign-up checks', () => {
  it('accepts a good email and matching passwords of 8+ characters', () => {
    expect(checkSignup(' li.lei@example.cn ', 'long enough', 'long enough')).toEqual({});
  });

  it('names each problem', () => {
    expect(checkSignup('li.lei', 'short', 'other')).toEqual({ email: 'email', password: 'passwordLength', repeat: 'passwordMismatch' });
    expect(checkSignup('a@b.cn', 'x'.repeat(129), 'x'.repeat(129)).password).toBe('passwordLength');
  });
});

describe('new password checks', () => {
  it('wants 8 to 128 characters typed the same twice', () => {
    expect(checkNewPassword('密码足够长了吗对', '密码足够长了吗对')).toEqual({});
    expect(checkNewPassword('1234567', '1234567')).toEqual({ password: 'passwordLength' });
    expect(checkNewPassword('12345678', '12345679')).toEqual({ repeat: 'passwordMismatch' });
  });
});
