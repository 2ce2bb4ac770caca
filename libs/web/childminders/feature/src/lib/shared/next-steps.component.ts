import { Component, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { NextStepDto } from '@lotse/shared/contracts';
import { LanguageService } from '@lotse/web/core';

export interface StepText {
  text: string;
  /** The server's German text is shown as it is (marked `lang="de"` for screen readers). */
  lang: 'de' | null;
}

/**
 * The text of a next step: the server's German text in German; in other languages a translation
 * by the step's `code` where one exists (evidence steps name the evidence), else the German text.
 */
export function stepText(step: NextStepDto, lang: string, translate: (key: string, params?: Record<string, unknown>) => string): StepText {
  if (lang === 'de') return { text: step.text, lang: null };
  if (step.code.startsWith('evidence.') && step.evidenceType) {
    const labelKey = `evidence.types.${step.evidenceType}`;
    const label = translate(labelKey);
    return { text: translate('childminders.path.steps.evidence', { label: label === labelKey ? step.evidenceType : label }), lang: null };
  }
  const key = `childminders.path.steps.${step.code}`;
  const text = translate(key);
  return text === key ? { text: step.text, lang: 'de' } : { text, lang: null };
}

/** "Was als Nächstes zu tun ist": the server's next steps, evidence steps with an icon. */
@Component({
  selector: 'lotse-next-steps',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    @if (steps().length > 0) {
      <ol class="steps" data-testid="next-steps">
        @for (step of steps(); track $index) {
          @let t = text(step);
          <li class="step" data-testid="next-step" [attr.data-code]="step.code">
            <mat-icon aria-hidden="true" [fontIcon]="step.evidenceType ? 'assignment_late' : 'flag'" />
            <span [attr.lang]="t.lang">{{ t.text }}</span>
          </li>
        }
      </ol>
    } @else {
      <p class="none" data-testid="next-steps-none">{{ 'childminders.path.noSteps' | transloco }}</p>
    }
  `,
  styles: `
    .steps {
      margin: 0;
      padding: 0;
      list-style: none;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .step {
      display: flex;
      gap: 8px;
      align-items: flex-start;
    }
    mat-icon {
      flex: none;
      color: var(--mat-sys-primary);
    }
    .none {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NextStepsComponent {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  readonly steps = input.required<readonly NextStepDto[]>();

  protected text(step: NextStepDto): StepText {
    return stepText(step, this.language.lang(), (key, params) => this.transloco.translate(key, params ?? {}));
  }
}
