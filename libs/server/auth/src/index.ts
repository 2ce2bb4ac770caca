export * from './lib/auth.module';
export * from './lib/entities/tenant.entity';
export * from './lib/entities/user.entity';
export * from './lib/password';
export { LoginThrottlerGuard } from './lib/guards/login-throttler.guard';
export * from './lib/session/configure-session';
export * from './lib/session/session-user.service';
export * from './lib/session/session.types';
