import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class DeleteAccountDto {
  @ApiProperty({ example: 'correct horse battery staple', description: 'The current password, to confirm' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password: string;
}

export class PhoneCodeDto {
  @ApiProperty({ example: '042917', description: 'The 6-digit code from the SMS' })
  @Matches(/^\d{6}$/, { message: 'must be the 6 digits from the SMS' })
  code: string;
}
