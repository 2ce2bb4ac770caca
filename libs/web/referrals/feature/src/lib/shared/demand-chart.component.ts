import { Component, ElementRef, afterRenderEffect, input, viewChild, type OnDestroy } from '@angular/core';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { stackTotals, type BarChartData } from './presentation';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * Marks the canvas once Chart.js has drawn it, with the month totals of the data it drew: the
 * browser test waits for `data-rendered` and compares the totals with the table.
 */
const markRendered: Plugin<'bar'> = {
  id: 'lotseMarkRendered',
  afterRender(chart) {
    const canvas = chart.canvas;
    canvas.dataset['rendered'] = 'true';
    canvas.dataset['totals'] = JSON.stringify(
      stackTotals({ labels: chart.data.labels as string[], datasets: chart.data.datasets as BarChartData['datasets'] }),
    );
  },
};

/**
 * A stacked bar chart (Chart.js) of the demand figures. The canvas is an image with an accessible
 * name that says where the same numbers are as a table; animation is off (figures, not a show,
 * and nothing moves for people who asked for reduced motion).
 */
@Component({
  selector: 'lotse-demand-chart',
  template: `<div class="chart-box"><canvas #canvas role="img" [attr.aria-label]="label()" data-testid="demand-chart"></canvas></div>`,
  styles: `
    .chart-box {
      position: relative;
      height: 360px;
      width: 100%;
    }
  `,
})
export class DemandChartComponent implements OnDestroy {
  readonly data = input.required<BarChartData>();
  readonly label = input.required<string>();
  readonly yTitle = input('');
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'bar'> | null = null;

  constructor() {
    afterRenderEffect(() => {
      const data = this.data();
      const yTitle = this.yTitle();
      if (this.chart) {
        this.chart.data = structuredClone(data);
        this.chart.update();
        return;
      }
      this.chart = new Chart(this.canvas().nativeElement, {
        type: 'bar',
        data: structuredClone(data),
        plugins: [markRendered],
        options: {
          animation: false,
          maintainAspectRatio: false,
          responsive: true,
          locale: document.documentElement.lang || 'de-DE',
          scales: {
            x: { stacked: true, ticks: { color: '#424242' }, grid: { display: false } },
            y: {
              stacked: true,
              beginAtZero: true,
              ticks: { precision: 0, color: '#424242' },
              title: { display: !!yTitle, text: yTitle, color: '#424242' },
            },
          },
          plugins: { legend: { position: 'bottom', labels: { color: '#212121' } }, tooltip: { mode: 'index', intersect: false } },
        },
      });
    });
  }

  ngOnDestroy(): void {
    this.chart?.destroy();
    this.chart = null;
  }
}
