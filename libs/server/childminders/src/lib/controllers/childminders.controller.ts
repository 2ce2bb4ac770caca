import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  ChildmindersQueryDto,
  CreateChildminderDto,
  DeleteEvidenceItemDto,
  RecordEvidenceDto,
  SetQualificationVariantDto,
  ReviewDocumentDto,
  TimelineQueryDto,
  TransitionChildminderDto,
  UpdateChildminderProfileDto,
  type ChildminderListItemDto,
  type ChildminderProfileDto,
  type EvidenceChecklistDto,
  type EvidenceDocumentDto,
  type EvidenceItemDto,
  type Page,
  type PermitPathDto,
  type TimelineEventDto,
} from '@lotse/shared/contracts';
import { CurrentUser, Roles, UuidParam, type RequestUser } from '@lotse/server/core';
import { UploadInterceptor, type UploadedFileData } from '@lotse/server/documents';
import { ChildmindersFacade } from '../childminders.facade';
import { attachment } from './attachment';
import { UPLOAD_BODY } from './my-childminder.controller';

/**
 * Childminders' files for the advisory service (advisors, admins: their tenant). The file routes
 * also answer the childminder for her own file; another's file is 404 (audited). Parents: 403.
 */
@ApiTags('childminders')
@Controller('childminders')
@Roles('advisor', 'admin', 'childminder')
export class ChildmindersController {
  constructor(private readonly cm: ChildmindersFacade) {}

  /** Search (name, e-mail), filter (status, district, expiringWithinDays, missingEvidence), sort and page. */
  @Get()
  @Roles('advisor', 'admin')
  list(@CurrentUser() user: RequestUser, @Query() q: ChildmindersQueryDto): Promise<Page<ChildminderListItemDto>> {
    return this.cm.list.execute(user, q);
  }

  /** Open a file for a person without an account (status `interested`). */
  @Post()
  @Roles('advisor', 'admin')
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateChildminderDto): Promise<ChildminderProfileDto> {
    return this.cm.create.execute(user, dto);
  }

  @Get(':id')
  profile(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<ChildminderProfileDto> {
    return this.cm.profile(user, id);
  }

  @Patch(':id')
  update(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateChildminderProfileDto,
  ): Promise<ChildminderProfileDto> {
    return this.cm.update.execute(user, id, dto);
  }

  /** Status change along the path; refused changes answer 422 with the German reason. */
  @Post(':id/transitions')
  @HttpCode(200)
  @Roles('advisor', 'admin')
  transition(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: TransitionChildminderDto,
  ): Promise<ChildminderProfileDto> {
    return this.cm.transition.execute(user, id, dto);
  }

  @Get(':id/checklist')
  checklist(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<EvidenceChecklistDto> {
    return this.cm.checklist(user, id);
  }

  @Get(':id/path')
  path(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<PermitPathDto> {
    return this.cm.path(user, id);
  }

  /** Record an item; good conduct (inspection only) and home visit by advisors only. */
  @Post(':id/evidence')
  record(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: RecordEvidenceDto): Promise<EvidenceItemDto> {
    return this.cm.record.execute(user, id, dto);
  }

  /** Which qualification applies to her (standard QHB, pedagogical professional 80 UE, DJI), with the reason. */
  @Put(':id/qualification-variant')
  @Roles('advisor', 'admin')
  setQualification(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: SetQualificationVariantDto,
  ): Promise<ChildminderProfileDto> {
    return this.cm.qualification.execute(user, id, dto);
  }

  /** Confirm a childminder's declaration after inspecting the original: from then on it counts. */
  @Post(':id/evidence/:itemId/confirmation')
  @HttpCode(200)
  @Roles('advisor', 'admin')
  confirmItem(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Param('itemId', UuidParam) itemId: string,
  ): Promise<EvidenceItemDto> {
    return this.cm.confirmItem.execute(user, id, itemId);
  }

  /**
   * Delete a wrongly recorded item with its documents. Staff: any item, `reason` required (shown in
   * the timeline). The owner: her unconfirmed items only (confirmed → 422).
   */
  @Delete(':id/evidence/:itemId')
  @HttpCode(204)
  deleteItem(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Param('itemId', UuidParam) itemId: string,
    @Body() dto: DeleteEvidenceItemDto,
  ): Promise<void> {
    return this.cm.deleteItem.execute(user, id, itemId, dto);
  }

  /** Upload a document to an evidence item (multipart/form-data, field `file`). Never for good conduct. */
  @Post(':id/evidence/:itemId/documents')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @UseInterceptors(UploadInterceptor)
  upload(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Param('itemId', UuidParam) itemId: string,
    @UploadedFile() file: UploadedFileData | undefined,
  ): Promise<EvidenceDocumentDto> {
    return this.cm.documents.upload(user, id, itemId, file);
  }

  @Get(':id/documents')
  documents(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<EvidenceDocumentDto[]> {
    return this.cm.documents.list(user, id);
  }

  /** The bytes (attachment). Every download is audited. */
  @Get(':id/documents/:documentId/content')
  async download(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Param('documentId', UuidParam) documentId: string,
  ): Promise<StreamableFile> {
    return attachment(await this.cm.documents.download(user, id, documentId));
  }

  /** Confirm or reject (reason required) an uploaded document. */
  @Post(':id/documents/:documentId/review')
  @HttpCode(200)
  @Roles('advisor', 'admin')
  review(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Param('documentId', UuidParam) documentId: string,
    @Body() dto: ReviewDocumentDto,
  ): Promise<EvidenceDocumentDto> {
    return this.cm.documents.review(user, id, documentId, dto);
  }

  /** Every event of the file, newest first, with the actor's name. */
  @Get(':id/timeline')
  timeline(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Query() q: TimelineQueryDto,
  ): Promise<Page<TimelineEventDto>> {
    return this.cm.timeline(user, id, q);
  }
}
