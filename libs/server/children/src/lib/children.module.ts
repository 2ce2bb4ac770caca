import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Child } from './child.entity';
import { ChildrenController } from './children.controller';
import { ChildrenService } from './children.service';
import { CHILD_ACCESS_FACTS } from './access-facts';

@Module({
  imports: [TypeOrmModule.forFeature([Child])],
  controllers: [ChildrenController],
  providers: [CHILD_ACCESS_FACTS, ChildrenService],
  exports: [ChildrenService],
})
export class ChildrenModule {}
