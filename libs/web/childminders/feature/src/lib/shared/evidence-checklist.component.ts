import { Component, Injector, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChecklistEntryDto, EvidenceChecklistDto } from '@lotse/shared/contracts';
import { ChildmindersApi, type FileRef } from '@lotse/web/childminders/data-access';
import { StatusChipComponent } from '@lotse/web/childminders/ui';
import { LanguageService, Notifier } from '@lotse/web/core';
import { LotseDatePipe, formatDate, openReasonDialog } from '@lotse/web/ui';
import { DocumentListComponent } from './document-list.component';
import { EvidenceLabelPipe } from './evidence-label.pipe';
import { canDelete, canRecord, canUpload, ruleFacts } from './evidence-rules';
import { RecordEvidenceDialog, type RecordEvidenceData, type RecordEvidenceResult } from './record-evidence.dialog';

/**
 * The evidence checklist of one file: per type (and, for the certificate of good conduct, per
 * adult of the household) the status with colour, icon and text, expiry, the reason, the current
 * item and its documents, and the actions the viewer may take (record, upload, delete a wrong
 * item). Emits `changed` after every change.
 */
@Component({
  selector: 'lotse-evidence-checklist',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    TranslocoPipe,
    LotseDatePipe,
    StatusChipComponent,
    DocumentListComponent,
    EvidenceLabelPipe,
  ],
  templateUrl: './evidence-checklist.component.html',
  styleUrl: './evidence-checklist.component.scss',
})
export class EvidenceChecklistComponent {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notifier = inject(Notifier);
  private readonly api = inject(ChildmindersApi);
  private readonly evidenceLabel = new EvidenceLabelPipe();
  protected readonly language = inject(LanguageService);

  readonly checklist = input.required<EvidenceChecklistDto>();
  readonly fileRef = input.required<FileRef>();
  readonly viewer = input.required<'advisor' | 'childminder'>();
  /** Level of each entry's heading (2 on its own page, 3 inside a file section). */
  readonly headingLevel = input(2);
  readonly householdMembers = input<readonly string[]>([]);
  readonly changed = output<void>();

  protected readonly entries = computed(() => this.checklist().entries);

  protected canRecord(entry: ChecklistEntryDto): boolean {
    return canRecord(entry, this.viewer());
  }

  /** Optional evidence that is missing is no alarm: shown in neutral colours (the rule line says "Freiwillig"). */
  protected optionalMissing(entry: ChecklistEntryDto): boolean {
    return !entry.rule.mandatory && entry.status === 'missing';
  }

  protected canUpload(entry: ChecklistEntryDto): boolean {
    return canUpload(entry);
  }

  protected canDelete(entry: ChecklistEntryDto): boolean {
    return canDelete(entry, this.viewer());
  }

  /** An advisor confirms a childminder's declaration (original inspected): only then does it count. */
  protected canConfirm(entry: ChecklistEntryDto): boolean {
    return this.viewer() === 'advisor' && !!entry.current && !entry.current.verified;
  }

  protected confirm(entry: ChecklistEntryDto): void {
    const ref = this.fileRef();
    if (!entry.current || ref === 'me') return;
    this.api.confirmItem(ref, entry.current.id).subscribe(() => {
      this.notifier.success('evidence.confirm.done');
      this.changed.emit();
    });
  }

  /** "Erste-Hilfe-Kurs am Kind", or with the household member: "Erweitertes Führungszeugnis – Peter Krüger". */
  protected itemLabel(entry: ChecklistEntryDto): string {
    const label = this.evidenceLabel.transform(entry.type, entry.label);
    return entry.personName ? `${label} – ${entry.personName}` : label;
  }

  protected remove(entry: ChecklistEntryDto): void {
    if (!entry.current) return;
    const item = entry.current;
    const advisor = this.viewer() === 'advisor';
    // Advisors give a reason (shown in the file's timeline); for the childminder it is optional.
    openReasonDialog(this.dialog, this.injector, {
      titleKey: 'evidence.delete.title',
      introKey: 'evidence.delete.intro',
      params: { label: this.itemLabel(entry), date: formatDate(item.date, this.language.tag()) },
      reason: advisor ? 'required' : 'optional',
      reasonLabelKey: advisor ? 'evidence.delete.reason' : 'evidence.delete.reasonOptional',
      reasonHintKey: 'evidence.delete.reasonHint',
      submitKey: 'evidence.delete.submit',
      danger: true,
      testId: 'delete-evidence',
      run: (reason) => this.api.deleteItem(this.fileRef(), item.id, reason ? { reason } : {}),
    }).subscribe((done) => {
      if (!done) return;
      this.notifier.success('evidence.delete.done');
      this.changed.emit();
    });
  }

  protected facts(entry: ChecklistEntryDto) {
    return ruleFacts(entry.rule);
  }

  protected record(entry: ChecklistEntryDto, uploadOnly = false): void {
    const data: RecordEvidenceData = {
      ref: this.fileRef(),
      type: entry.type,
      rule: entry.rule,
      personName: entry.personName,
      householdMembers: this.householdMembers(),
      role: this.viewer(),
      uploadTo: uploadOnly && entry.current ? { itemId: entry.current.id } : null,
    };
    this.dialog
      .open<RecordEvidenceDialog, RecordEvidenceData, RecordEvidenceResult>(RecordEvidenceDialog, {
        data,
        width: '640px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        if (result.uploaded) this.notifier.success('evidence.upload.done');
        else if (result.item) this.notifier.success('evidence.record.done');
        this.changed.emit();
      });
  }
}
