import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';

/** Short, translated messages in a snackbar (announced politely by Material's live announcer). */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  success(key: string, params?: Record<string, unknown>): void {
    this.open(this.transloco.translate(key, params ?? {}), 5000, 'polite');
  }

  error(key: string, params?: Record<string, unknown>): void {
    this.open(this.transloco.translate(key, params ?? {}), 8000, 'assertive');
  }

  private open(message: string, duration: number, politeness: 'polite' | 'assertive'): void {
    this.snackBar.open(message, this.transloco.translate('common.close'), { duration, politeness });
  }
}
