import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  DeleteEvidenceItemDto,
  RecordEvidenceDto,
  ReportEventDto,
  type RecheckTaskDto,
  TimelineQueryDto,
  UpdateChildminderProfileDto,
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

export const UPLOAD_BODY = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: {
      file: { type: 'string', format: 'binary', description: 'PDF, JPEG or PNG (checked from the bytes), at most UPLOAD_MAX_BYTES' },
    },
  },
};

/** The signed-in childminder's own file ("my profile", "my evidence", "my path to the permit"). */
@ApiTags('childminders')
@Controller('childminders/me')
export class MyChildminderController {
  constructor(private readonly cm: ChildmindersFacade) {}

  @Get()
  @Can('childminder.self.read')
  profile(@CurrentUser() user: RequestUser): Promise<ChildminderProfileDto> {
    return this.cm.profile(user, 'me');
  }

  /** Change one's own profile; `version` from the last read (stale → 409). */
  @Patch()
  @Can('childminder.self.write')
  update(@CurrentUser() user: RequestUser, @Body() dto: UpdateChildminderProfileDto): Promise<ChildminderProfileDto> {
    return this.cm.update.execute(user, 'me', dto);
  }

  /** Hand in the application: `interested` → `applicant` (the only status change a childminder makes). */
  @Post('application')
  @Can('permit-application.create')
  @HttpCode(200)
  apply(@CurrentUser() user: RequestUser): Promise<ChildminderProfileDto> {
    return this.cm.transition.execute(user, 'me', { to: 'applicant' });
  }

  /** What is missing, what expires when. */
  /** Report an important event (§ 43 Abs. 3 S. 6 SGB VIII): opens a re-check task for the advisor. */
  @Post('reports')
  @Can('childminder.report')
  report(@CurrentUser() user: RequestUser, @Body() dto: ReportEventDto): Promise<RecheckTaskDto> {
    return this.cm.rechecks.report(user, dto);
  }

  @Get('checklist')
  @Can('childminder.self.read')
  checklist(@CurrentUser() user: RequestUser): Promise<EvidenceChecklistDto> {
    return this.cm.checklist(user, 'me');
  }

  /** Status on the way to the permit and the next steps. */
  @Get('path')
  @Can('childminder.self.read')
  path(@CurrentUser() user: RequestUser): Promise<PermitPathDto> {
    return this.cm.path(user, 'me');
  }

  /** Record an item (not good conduct or home visit: the advisory service records those). */
  @Post('evidence')
  @Can('childminder.self.write')
  record(@CurrentUser() user: RequestUser, @Body() dto: RecordEvidenceDto): Promise<EvidenceItemDto> {
    return this.cm.record.execute(user, 'me', dto);
  }

  /** Delete one's own wrongly recorded item while no advisor has confirmed it (reason optional); its documents go too. */
  @Delete('evidence/:itemId')
  @Can('childminder.self.write')
  @HttpCode(204)
  deleteItem(
    @CurrentUser() user: RequestUser,
    @Param('itemId', UuidParam) itemId: string,
    @Body() dto: DeleteEvidenceItemDto,
  ): Promise<void> {
    return this.cm.deleteItem.execute(user, 'me', itemId, dto);
  }

  /** Upload a document to one's evidence item (multipart/form-data, field `file`). */
  @Post('evidence/:itemId/documents')
  @Can('childminder.self.write')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @UseInterceptors(UploadInterceptor)
  upload(
    @CurrentUser() user: RequestUser,
    @Param('itemId', UuidParam) itemId: string,
    @UploadedFile() file: UploadedFileData | undefined,
  ): Promise<EvidenceDocumentDto> {
    return this.cm.documents.upload(user, 'me', itemId, file);
  }

  @Get('documents')
  @Can('childminder.self.read')
  documents(@CurrentUser() user: RequestUser): Promise<EvidenceDocumentDto[]> {
    return this.cm.documents.list(user, 'me');
  }

  /** Download one's own document (audited). */
  @Get('documents/:documentId/content')
  @Can('childminder.self.read')
  async download(@CurrentUser() user: RequestUser, @Param('documentId', UuidParam) documentId: string): Promise<StreamableFile> {
    return attachment(await this.cm.documents.download(user, 'me', documentId));
  }

  @Get('timeline')
  @Can('childminder.self.read')
  timeline(@CurrentUser() user: RequestUser, @Query() q: TimelineQueryDto): Promise<Page<TimelineEventDto>> {
    return this.cm.timeline(user, 'me', q);
  }
}
