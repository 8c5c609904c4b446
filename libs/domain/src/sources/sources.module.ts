import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKey } from './api-key.entity';
import { Source } from './source.entity';
import { SourcesService } from './sources.service';

@Module({
  imports: [TypeOrmModule.forFeature([Source, ApiKey])],
  providers: [SourcesService],
  exports: [SourcesService],
})
export class SourcesModule {}
