import { Module } from '@nestjs/common';
import { MatchRecorder } from './match-recorder.service';

@Module({ providers: [MatchRecorder], exports: [MatchRecorder] })
export class MatchesModule {}
