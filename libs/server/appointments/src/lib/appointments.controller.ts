import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import {
  BookAppointmentDto,
  BookingTokenDto,
  CancelBookingDto,
  CreateSlotDto,
  CreateSlotSeriesDto,
  DayListQueryDto,
  PublicBookingDto,
  TENANT_SLUG_PATTERN,
  type BookingResultDto,
  type BookingSummaryDto,
  type DayListDto,
  type MyBookingDto,
  type PublicSlotsDto,
  type SlotDto,
  type SlotSeriesResultDto,
} from '@lotse/shared/contracts';
import { Can, CurrentUser, Public, UuidParam, type RequestUser } from '@lotse/server/core';
import { RegistrationThrottlerGuard } from '@lotse/server/auth';
import type { Request } from 'express';
import { Bookings } from './usecases/bookings';
import { Slots } from './usecases/slots';

export class OfficeSlugParams {
  @Matches(TENANT_SLUG_PATTERN, { message: 'Erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche (höchstens 60 Zeichen).' })
  slug!: string;
}

/**
 * The public side of the appointments: free slots, booking as a guest (held until confirmed by
 * the mailed link), confirming and cancelling by link. No session; POSTs need the XSRF cookie and
 * header like every form. Bookings are rate-limited per client network and e-mail (the
 * registration limiter) and carry the honeypot `website`.
 */
@ApiTags('public')
@Controller('public')
export class PublicAppointmentsController {
  constructor(private readonly bookings: Bookings) {}

  /** Free future slots of the installation's public office. */
  @Get('appointments/slots')
  @Public()
  slots(): Promise<PublicSlotsDto> {
    return this.bookings.publicSlots();
  }

  /** Free future slots of an office by its slug. Unknown slug → 404. */
  @Get('offices/:slug/appointments/slots')
  @Public()
  officeSlots(@Param() p: OfficeSlugParams): Promise<PublicSlotsDto> {
    return this.bookings.publicSlots(p.slug);
  }

  /**
   * A guest books a slot: **202**, the slot is held for 30 minutes and a confirmation link is
   * mailed. Past slot → 400 (`slotId`), taken slot → 409 (`slotId`), other office's slot → 404.
   */
  @Post('appointments/bookings')
  @Public()
  @HttpCode(202)
  @UseGuards(RegistrationThrottlerGuard)
  book(@Body() dto: PublicBookingDto, @Req() req: Request): Promise<BookingResultDto> {
    return this.bookings.bookAsGuest(dto, req.ip ?? null);
  }

  /** The confirmation link: the held booking becomes confirmed; the mail with the .ics follows. */
  @Post('appointments/confirm')
  @Public()
  @HttpCode(200)
  confirm(@Body() dto: BookingTokenDto, @Req() req: Request): Promise<BookingSummaryDto> {
    return this.bookings.confirm(dto.token, req.ip ?? null);
  }

  /** What a confirm or cancel link refers to (date, time, place), without using it. */
  @Post('appointments/lookup')
  @Public()
  @HttpCode(200)
  lookup(@Body() dto: BookingTokenDto): Promise<BookingSummaryDto> {
    return this.bookings.lookup(dto.token);
  }

  /** The cancel link: the booking is cancelled and the slot free again. */
  @Post('appointments/cancel')
  @Public()
  @HttpCode(200)
  cancel(@Body() dto: BookingTokenDto, @Req() req: Request): Promise<BookingSummaryDto> {
    return this.bookings.cancelByToken(dto.token, req.ip ?? null);
  }
}

/** Slots and day lists for the Familienbüro staff; bookings of signed-in parents and childminders. */
@ApiTags('appointments')
@Controller('appointments')
export class AppointmentsController {
  constructor(
    private readonly slotsUc: Slots,
    private readonly bookings: Bookings,
  ) {}

  /** One slot (date and start in Europe/Berlin). Past → 400, overlapping an own slot → 409 (`from`). */
  @Post('slots')
  @Can('appointment-slot.manage')
  createSlot(@CurrentUser() user: RequestUser, @Body() dto: CreateSlotDto): Promise<SlotDto> {
    return this.slotsUc.create(user, dto);
  }

  /** A series of slots over a date range and weekdays. */
  @Post('slots/series')
  @Can('appointment-slot.manage')
  createSeries(@CurrentUser() user: RequestUser, @Body() dto: CreateSlotSeriesDto): Promise<SlotSeriesResultDto> {
    return this.slotsUc.createSeries(user, dto);
  }

  /** Deletes an unbooked slot (booked → 409). */
  @Delete('slots/:id')
  @Can('appointment-slot.manage', 'appointment_slot')
  @HttpCode(204)
  async deleteSlot(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<void> {
    await this.slotsUc.remove(user, id);
  }

  /** The day list: slots of one day with who booked which topic, free ones and cancellations. */
  @Get('day')
  @Can('appointment-slot.read')
  day(@CurrentUser() user: RequestUser, @Query() q: DayListQueryDto): Promise<DayListDto> {
    return this.slotsUc.dayList(user, q);
  }

  /** A signed-in parent or childminder books: confirmed at once (201). */
  @Post('bookings')
  @Can('appointment.book')
  book(@CurrentUser() user: RequestUser, @Body() dto: BookAppointmentDto): Promise<BookingResultDto> {
    return this.bookings.bookAsUser(user, dto);
  }

  /** The signed-in booker's own upcoming appointments. */
  @Get('bookings/mine')
  @Can('appointment.book')
  mine(@CurrentUser() user: RequestUser): Promise<MyBookingDto[]> {
    return this.bookings.myBookings(user);
  }

  /** Cancel: the booker her own booking, staff any booking of the office (the booker gets a mail). */
  @Post('bookings/:id/cancel')
  @Can('appointment.cancel', 'appointment_booking')
  @HttpCode(200)
  cancel(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: CancelBookingDto): Promise<BookingSummaryDto> {
    return this.bookings.cancelByUser(user, id, dto.reason ?? null);
  }
}
