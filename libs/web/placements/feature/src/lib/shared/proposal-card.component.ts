import { Component, Injector, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ProposalDto, ProposalSideAnswer } from '@lotse/shared/contracts';
import { LanguageService, Notifier } from '@lotse/web/core';
import { MatchingApi } from '@lotse/web/placements/data-access';
import { LotseDatePipe, StatusBadgeComponent } from '@lotse/web/ui';
import { ageParts, proposalStatusBadge, scheduleText } from './presentation';
import { openReasonDialog } from './reason.dialog';

/** Who looks at the proposal: parents and childminders answer for themselves; advisors may withdraw it. */
export type ProposalViewer = 'parent' | 'childminder' | 'advisor';

/**
 * One proposal: the childminder (for parents and advisors) or the child (for the childminder),
 * start, times, settling-in, both answers; the viewer's own answer buttons while it is open.
 */
@Component({
  selector: 'lotse-proposal-card',
  imports: [MatButtonModule, MatCardModule, MatIconModule, TranslocoPipe, LotseDatePipe, StatusBadgeComponent],
  host: { '[attr.data-status]': 'proposal().status', '[attr.data-id]': 'proposal().id', 'data-testid': 'proposal-card' },
  template: `
    @let p = proposal();
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title>
          @if (viewer() === 'childminder') {
            {{ p.child.firstName }} {{ p.child.lastName ?? '' }}
          } @else {
            {{ p.childminder.name }}
          }
        </mat-card-title>
        <mat-card-subtitle>
          <lotse-status-badge [badge]="badge()" [status]="p.status" testId="proposal-status" />
        </mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <dl class="data-list">
          @if (viewer() === 'childminder') {
            <dt>{{ 'placements.proposal.age' | transloco }}</dt>
            <dd>{{ 'placements.common.age' | transloco: age() }}</dd>
            <dt>{{ 'placements.proposal.family' | transloco }}</dt>
            <dd data-testid="proposal-family">
              {{ p.family.parentName ?? ('placements.proposal.familyHidden' | transloco) }}
              @if (p.family.address; as a) {
                <br />{{ a.street }}, {{ a.postcode }} {{ a.city }}
              }
              <br />{{ 'placements.proposal.district' | transloco: { district: p.family.district } }}
            </dd>
            @if (p.needs.allergies || p.needs.specialNeeds || p.needs.animalAllergy) {
              <dt>{{ 'placements.proposal.needs' | transloco }}</dt>
              <dd>
                {{ needsText() }}
                @if (p.needs.animalAllergy) {
                  {{ 'placements.request.animalAllergy' | transloco }}
                }
              </dd>
            }
          } @else {
            <dt>{{ 'placements.proposal.child' | transloco }}</dt>
            <dd>{{ p.child.firstName }} {{ p.child.lastName ?? '' }}</dd>
            <dt>{{ 'placements.proposal.childminderDistrict' | transloco }}</dt>
            <dd>{{ p.childminder.district }}</dd>
            <dt>{{ 'placements.proposal.languages' | transloco }}</dt>
            <dd>{{ p.childminder.languages.join(', ') || '—' }}</dd>
            <dt>{{ 'placements.proposal.pets' | transloco }}</dt>
            <dd>{{ p.childminder.pets ?? ('placements.proposal.noPets' | transloco) }}</dd>
          }
          <dt>{{ 'placements.proposal.start' | transloco }}</dt>
          <dd data-testid="proposal-start">{{ p.startOn | lotseDate: language.tag() }}</dd>
          <dt>{{ 'placements.proposal.times' | transloco }}</dt>
          <dd data-testid="proposal-times">{{ times() }} ({{ 'placements.common.hoursPerWeek' | transloco: { hours: p.weeklyHours } }})</dd>
          <dt>{{ 'placements.proposal.settlingIn' | transloco }}</dt>
          <dd>{{ 'placements.proposal.weeks' | transloco: { count: p.settlingInWeeks } }}</dd>
          @if (p.note) {
            <dt>{{ 'placements.proposal.note' | transloco }}</dt>
            <dd class="pre">{{ p.note }}</dd>
          }
          <dt>{{ 'placements.proposal.parentAnswer' | transloco }}</dt>
          <dd data-testid="proposal-parent-answer">
            {{ answerKey(p.parent) | transloco }}{{ p.parent.reason ? ': ' + p.parent.reason : '' }}
          </dd>
          <dt>{{ 'placements.proposal.childminderAnswer' | transloco }}</dt>
          <dd data-testid="proposal-childminder-answer">
            {{ answerKey(p.childminderAnswer) | transloco }}{{ p.childminderAnswer.reason ? ': ' + p.childminderAnswer.reason : '' }}
          </dd>
        </dl>
      </mat-card-content>
      @if (p.status === 'open') {
        <mat-card-actions align="end">
          @if (ownAnswerOpen()) {
            <button mat-stroked-button type="button" (click)="decline()" data-testid="proposal-decline">
              {{ 'placements.proposal.decline' | transloco }}
            </button>
            <button mat-flat-button type="button" (click)="accept()" data-testid="proposal-accept">
              <mat-icon aria-hidden="true" fontIcon="check" />
              {{ 'placements.proposal.accept' | transloco }}
            </button>
          } @else if (viewer() === 'advisor') {
            <button mat-stroked-button type="button" (click)="withdraw()" data-testid="proposal-withdraw">
              {{ 'placements.proposal.withdraw' | transloco }}
            </button>
          } @else {
            <p class="hint" data-testid="proposal-waiting">{{ 'placements.proposal.waiting' | transloco }}</p>
          }
        </mat-card-actions>
      }
    </mat-card>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 16px;
    }
    .pre {
      white-space: pre-line;
    }
    .hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ProposalCardComponent {
  private readonly api = inject(MatchingApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly notifier = inject(Notifier);
  protected readonly language = inject(LanguageService);

  readonly proposal = input.required<ProposalDto>();
  readonly viewer = input.required<ProposalViewer>();
  /** Emitted after an answer or withdrawal: the page reloads. */
  readonly changed = output<void>();

  protected readonly badge = computed(() => proposalStatusBadge(this.proposal().status));
  protected readonly age = computed(() => ageParts(this.proposal().child.ageAtStartMonths));
  protected readonly times = computed(() => scheduleText(this.proposal().schedule, this.language.tag()));
  protected readonly needsText = computed(() =>
    [this.proposal().needs.specialNeeds, this.proposal().needs.allergies].filter((n) => !!n).join(' · '),
  );
  protected readonly ownAnswerOpen = computed(() => {
    const p = this.proposal();
    if (this.viewer() === 'parent') return p.parent.answer === null;
    if (this.viewer() === 'childminder') return p.childminderAnswer.answer === null;
    return false;
  });

  protected answerKey(a: ProposalSideAnswer): string {
    return a.answer === 'accept'
      ? 'placements.proposal.answer.accept'
      : a.answer === 'decline'
        ? 'placements.proposal.answer.decline'
        : 'placements.proposal.answer.none';
  }

  protected accept(): void {
    const p = this.proposal();
    openReasonDialog(this.dialog, this.injector, {
      titleKey: 'placements.proposal.acceptTitle',
      introKey: this.viewer() === 'parent' ? 'placements.proposal.acceptIntroParent' : 'placements.proposal.acceptIntroChildminder',
      params: { name: this.viewer() === 'parent' ? p.childminder.name : p.child.firstName },
      reason: 'none',
      submitKey: 'placements.proposal.accept',
      run: () => this.api.answer(p.id, { answer: 'accept', version: p.version }),
    }).subscribe((done) => this.done(done, 'placements.proposal.accepted'));
  }

  protected decline(): void {
    const p = this.proposal();
    openReasonDialog(this.dialog, this.injector, {
      titleKey: 'placements.proposal.declineTitle',
      introKey: 'placements.proposal.declineIntro',
      reason: 'required',
      reasonLabelKey: 'placements.proposal.declineReason',
      submitKey: 'placements.proposal.decline',
      danger: true,
      run: (reason) => this.api.answer(p.id, { answer: 'decline', reason, version: p.version }),
    }).subscribe((done) => this.done(done, 'placements.proposal.declined'));
  }

  protected withdraw(): void {
    const p = this.proposal();
    openReasonDialog(this.dialog, this.injector, {
      titleKey: 'placements.proposal.withdrawTitle',
      introKey: 'placements.proposal.withdrawIntro',
      params: { name: p.childminder.name },
      reason: 'required',
      submitKey: 'placements.proposal.withdraw',
      danger: true,
      run: (reason) => this.api.withdrawProposal(p.id, { reason, version: p.version }),
    }).subscribe((done) => this.done(done, 'placements.proposal.withdrawn'));
  }

  private done(done: boolean | undefined, key: string): void {
    if (done) {
      this.notifier.success(key);
      this.changed.emit();
    }
  }
}
