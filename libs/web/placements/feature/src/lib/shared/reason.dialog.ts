import type { Injector } from '@angular/core';
import type { MatDialog } from '@angular/material/dialog';
import { openReasonDialog as openDialog, type ReasonDialogData } from '@lotse/web/ui';
import { map, type Observable } from 'rxjs';

/** The matching pages' defaults for the client's one reason dialog (labels of the `placements` scope). */
export function openReasonDialog(
  dialog: MatDialog,
  injector: Injector,
  data: Omit<ReasonDialogData, 'reasonLabelKey' | 'dateHintKey' | 'fieldMap'> & { reasonLabelKey?: string },
): Observable<boolean> {
  return openDialog(dialog, injector, {
    reasonLabelKey: 'placements.common.reason',
    dateHintKey: 'placements.common.dateHint',
    fieldMap: { endOn: 'date' },
    ...data,
  }).pipe(map((done) => done !== undefined));
}
