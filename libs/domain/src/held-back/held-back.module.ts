import { Module } from '@nestjs/common';
import { HeldBackService } from './held-back.service';

@Module({ providers: [HeldBackService], exports: [HeldBackService] })
export class HeldBackModule {}
