import { ApiProperty } from '@nestjs/swagger';

export class WechatQrDto {
  @ApiProperty({ example: 'https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=gQH…', description: 'the QR code image to show' })
  qrImageUrl: string;
  @ApiProperty({ type: String, nullable: true, description: 'the same image as a data: URL (null when the image host did not answer)' })
  qrImageData: string | null;
  @ApiProperty({ example: 'http://weixin.qq.com/q/kZgfwMTm72WWPkovabbI', description: 'what the image encodes (to draw it yourself)' })
  qrContent: string;
  @ApiProperty() ticket: string;
  @ApiProperty({ example: 600 }) expiresInSeconds: number;
}
