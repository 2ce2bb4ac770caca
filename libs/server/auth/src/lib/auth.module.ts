import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, RedisClient } from '@lotse/server/core';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { User } from './entities/user.entity';
import { AccessGuard } from './guards/access.guard';
import { SelfRegistration } from './email/self-registration';
import { LoginThrottlerGuard } from './guards/login-throttler.guard';
import { PasswordResetThrottlerGuard } from './guards/password-reset-throttler.guard';
import { RegistrationThrottlerGuard } from './guards/registration-throttler.guard';
import { AccountLoginLimiter } from './login-limit/account-login-limiter';
import { RedisThrottlerStorage } from './guards/redis-throttler.storage';
import { EmailLinksService } from './email/email-links.service';
import { EmailController } from './email/email.controller';
import { OneTimeTokens } from './links/one-time-tokens';
import { PasswordChangeService } from './password-change/password-change.service';
import { PasswordResetController } from './password-reset/password-reset.controller';
import { PasswordResetService } from './password-reset/password-reset.service';
import { OnboardOffice } from './onboarding/onboard-office';
import { OperatorOfficesController } from './onboarding/operator-offices.controller';
import { SessionStore } from './session/session-store';
import { SessionUserService } from './session/session-user.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';
import { USER_ACCESS_FACTS } from './access-facts';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, RedisClient],
      useFactory: (cfg: AppConfig, client: RedisClient) => ({
        throttlers: [{ name: 'login', ttl: cfg.LOGIN_RATE_WINDOW_SECONDS * 1000, limit: cfg.LOGIN_RATE_LIMIT }],
        storage: new RedisThrottlerStorage(cfg, client),
      }),
    }),
  ],
  controllers: [AuthController, PasswordResetController, EmailController, UsersController, OperatorOfficesController],
  providers: [
    AuthService,
    UsersService,
    SessionUserService,
    SessionStore,
    LoginThrottlerGuard,
    PasswordResetService,
    PasswordChangeService,
    OneTimeTokens,
    EmailLinksService,
    SelfRegistration,
    PasswordResetThrottlerGuard,
    RegistrationThrottlerGuard,
    AccountLoginLimiter,
    OnboardOffice,
    USER_ACCESS_FACTS,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionUserService, UsersService, AccountLoginLimiter, OneTimeTokens, EmailLinksService, SelfRegistration, OnboardOffice],
})
export class AuthModule {}
