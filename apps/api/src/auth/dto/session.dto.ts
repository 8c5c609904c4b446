import { ApiProperty } from '@nestjs/swagger';

export class SessionMemberDto {
  @ApiProperty({ example: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14' })
  id: string;

  @ApiProperty({ example: 'li.lei@example.cn' })
  email: string;

  @ApiProperty({ enum: ['member', 'admin'], example: 'member' })
  role: string;
}

/** What sign-in, refresh and password change return. */
export class SessionDto {
  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…', description: 'JWT (HS256); send as Authorization: Bearer …' })
  accessToken: string;

  @ApiProperty({ example: 900, description: 'Seconds the access token is valid' })
  expiresIn: number;

  @ApiProperty({ example: 'rt_q0J2hS0m7v4f2cY1…', description: 'Opaque; single use — each refresh returns a new one' })
  refreshToken: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-12-27T08:00:00.000Z' })
  refreshExpiresAt: Date;

  @ApiProperty({ type: SessionMemberDto })
  member: SessionMemberDto;
}

export class MessageDto {
  @ApiProperty({ example: 'If the address can receive mail, a link is on its way' })
  message: string;
}
