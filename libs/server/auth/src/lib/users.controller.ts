import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateUserDto, UpdateProfileDto, UsersQueryDto, type Page, type UserDto } from '@lotse/shared/contracts';
import { Can, CurrentUser, UuidParam, type RequestUser } from '@lotse/server/core';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('me')
  @Can('account.read')
  me(@CurrentUser() user: RequestUser): Promise<UserDto> {
    return this.users.get(user, user.id);
  }

  /** Change one's own name, phone or language. */
  @Patch('me')
  @Can('account.update')
  updateMe(@CurrentUser() user: RequestUser, @Body() dto: UpdateProfileDto): Promise<UserDto> {
    return this.users.updateOwn(user, dto);
  }

  @Get()
  @Can('user.list')
  list(@CurrentUser() user: RequestUser, @Query() q: UsersQueryDto): Promise<Page<UserDto>> {
    return this.users.list(user, q);
  }

  @Post()
  @Can('user.create')
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateUserDto): Promise<UserDto> {
    return this.users.create(user, dto);
  }

  @Get(':id')
  @Can('user.read', 'user')
  get(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<UserDto> {
    return this.users.get(user, id);
  }
}
