export * from './lib/children.module';
export * from './lib/child.entity';
export * from './lib/children.service';
