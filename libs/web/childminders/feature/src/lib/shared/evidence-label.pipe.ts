import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/**
 * `{{ entry.type | lotseEvidenceLabel: entry.label }}`: the translated name of an evidence type,
 * or the server's German label for a type the client does not know yet. Impure: follows the
 * language switch.
 */
@Pipe({ name: 'lotseEvidenceLabel', pure: false })
export class EvidenceLabelPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(type: string, fallback?: string | null): string {
    const key = `evidence.types.${type}`;
    const label = this.transloco.translate(key);
    return label === key ? (fallback ?? type) : label;
  }
}
