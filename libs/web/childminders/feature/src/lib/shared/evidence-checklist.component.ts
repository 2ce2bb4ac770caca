import { Component, Injector, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChecklistEntryDto, EvidenceChecklistDto } from '@lotse/shared/contracts';
import type { FileRef } from '@lotse/web/childminders/data-access';
import { StatusChipComponent } from '@lotse/web/childminders/ui';
import { LanguageService, Notifier } from '@lotse/web/core';
import { LotseDatePipe } from '@lotse/web/ui';
import { DocumentListComponent } from './document-list.component';
import { EvidenceLabelPipe } from './evidence-label.pipe';
import { canRecord, canUpload, ruleFacts } from './evidence-rules';
import { RecordEvidenceDialog, type RecordEvidenceData, type RecordEvidenceResult } from './record-evidence.dialog';

/**
 * The evidence checklist of one file: per type (and, for the certificate of good conduct, per
 * adult of the household) the status with colour, icon and text, expiry, the reason, the current
 * item and its documents, and the actions the viewer may take. Emits `changed` after every change.
 */
@Component({
  selector: 'lotse-evidence-checklist',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, LotseDatePipe, StatusChipComponent, DocumentListComponent, EvidenceLabelPipe],
  templateUrl: './evidence-checklist.component.html',
  styleUrl: './evidence-checklist.component.scss',
})
export class EvidenceChecklistComponent {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notifier = inject(Notifier);
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
