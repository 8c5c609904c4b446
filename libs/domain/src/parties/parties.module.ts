import { Module } from '@nestjs/common';
import { PartyWatchesService } from './party-watches.service';
import { WatchRecipients } from './watch-recipients';

@Module({
  providers: [PartyWatchesService, WatchRecipients],
  exports: [PartyWatchesService, WatchRecipients],
})
export class PartiesModule {}
