import type { Route } from '@angular/router';
import { provideLotseMaterial } from '@lotse/web/ui';
import { AdvisorChildrenPage } from './advisor/advisor-children.page';
import { AdvisorHomePage } from './advisor/advisor-home.page';
import { ChildminderHomePage } from './childminder/childminder-home.page';
import { ChildDetailPage } from './children/child-detail.page';
import { ChildFormPage } from './children/child-form.page';
import { ParentHomePage } from './parent/parent-home.page';

/** Mounted at `/advisor`. */
export const advisorRoutes: Route[] = [
  {
    path: '',
    providers: provideLotseMaterial(),
    children: [
      { path: '', component: AdvisorHomePage, title: 'advisor.title' },
      { path: 'children', component: AdvisorChildrenPage, title: 'advisor.children.title' },
      {
        path: 'children/:id',
        component: ChildDetailPage,
        title: 'children.detail.title',
        data: { backLink: '/advisor/children' },
      },
    ],
  },
];

/** Mounted at `/childminder`. */
export const childminderRoutes: Route[] = [
  {
    path: '',
    providers: provideLotseMaterial(),
    children: [{ path: '', component: ChildminderHomePage, title: 'childminder.title' }],
  },
];

/** Mounted at `/parent`. */
export const parentRoutes: Route[] = [
  {
    path: '',
    providers: provideLotseMaterial(),
    children: [
      { path: '', component: ParentHomePage, title: 'parent.title' },
      { path: 'children/new', component: ChildFormPage, title: 'children.form.title' },
      { path: 'children/:id', component: ChildDetailPage, title: 'children.detail.title', data: { backLink: '/parent' } },
    ],
  },
];
