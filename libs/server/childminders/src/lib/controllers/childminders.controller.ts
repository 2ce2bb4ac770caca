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
import { Can, CurrentUser, UuidParam, type RequestUser } from '@lotse/server/core';
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
export class ChildmindersController {
  constructor(private readonly cm: ChildmindersFacade) {}

  /** Search (name, e-mail), filter (status, district, expiringWithinDays, missingEvidence), sort and page. */
  @Get()
  @Can('childminder.list')
  list(@CurrentUser() user: RequestUser, @Query() q: ChildmindersQueryDto): Promise<Page<ChildminderListItemDto>> {
    return this.cm.list.execute(user, q);
  }

  /** Open a file for a person without an account (status `interested`). */
  @Post()
  @Can('childminder.create')
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateChildminderDto): Promise<ChildminderProfileDto> {
    return this.cm.create.execute(user, dto);
  }

  @Get(':id')
  @Can('childminder.read', 'childminder')
  profile(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<ChildminderProfileDto> {
    return this.cm.profile(user, id);
  }

  @Patch(':id')
  @Can('childminder.update', 'childminder')
  update(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateChildminderProfileDto,
  ): Promise<ChildminderProfileDto> {
    return this.cm.update.execute(user, id, dto);
  }

  /** Status change along the path; refused changes answer 422 with the German reason. */
  @Post(':id/transitions')
  @Can('childminder.transition', 'childminder')
  @HttpCode(200)
  transition(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: TransitionChildminderDto,
  ): Promise<ChildminderProfileDto> {
    return this.cm.transition.execute(user, id, dto);
  }

  @Get(':id/checklist')
  @Can('childminder.read', 'childminder')
  checklist(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<EvidenceChecklistDto> {
    return this.cm.checklist(user, id);
  }

  @Get(':id/path')
  @Can('childminder.read', 'childminder')
  path(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<PermitPathDto> {
    return this.cm.path(user, id);
  }

  /** Record an item; good conduct (inspection only) and home visit by advisors only. */
  @Post(':id/evidence')
  @Can('evidence.record', 'childminder')
  record(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string, @Body() dto: RecordEvidenceDto): Promise<EvidenceItemDto> {
    return this.cm.record.execute(user, id, dto);
  }

  /** Which qualification applies to her (standard QHB, pedagogical professional 80 UE, DJI), with the reason. */
  @Put(':id/qualification-variant')
  @Can('childminder.qualify', 'childminder')
  setQualification(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Body() dto: SetQualificationVariantDto,
  ): Promise<ChildminderProfileDto> {
    return this.cm.qualification.execute(user, id, dto);
  }

  /** Confirm a childminder's declaration after inspecting the original: from then on it counts. */
  @Post(':id/evidence/:itemId/confirmation')
  @Can('evidence.confirm', 'childminder')
  @HttpCode(200)
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
  @Can('evidence.record', 'childminder')
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
  @Can('evidence.record', 'childminder')
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
  @Can('childminder.read', 'childminder')
  documents(@CurrentUser() user: RequestUser, @Param('id', UuidParam) id: string): Promise<EvidenceDocumentDto[]> {
    return this.cm.documents.list(user, id);
  }

  /** The bytes (attachment). Every download is audited. */
  @Get(':id/documents/:documentId/content')
  @Can('childminder.read', 'childminder')
  async download(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Param('documentId', UuidParam) documentId: string,
  ): Promise<StreamableFile> {
    return attachment(await this.cm.documents.download(user, id, documentId));
  }

  /** Confirm or reject (reason required) an uploaded document. */
  @Post(':id/documents/:documentId/review')
  @Can('document.review', 'childminder')
  @HttpCode(200)
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
  @Can('childminder.read', 'childminder')
  timeline(
    @CurrentUser() user: RequestUser,
    @Param('id', UuidParam) id: string,
    @Query() q: TimelineQueryDto,
  ): Promise<Page<TimelineEventDto>> {
    return this.cm.timeline(user, id, q);
  }
}
