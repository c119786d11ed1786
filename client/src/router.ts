import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';

// Every feature's views are loaded when first visited, so the first page stays small.
const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('./features/home/views/HomeView.vue'),
    meta: { title: 'nav.home' },
  },
  {
    path: '/handlingsplaner',
    name: 'plans',
    component: () => import('./components/PlaceholderView.vue'),
    props: { section: 'plans' },
    meta: { title: 'nav.plans' },
  },
  {
    path: '/mal',
    name: 'goals',
    component: () => import('./components/PlaceholderView.vue'),
    props: { section: 'goals' },
    meta: { title: 'nav.goals' },
  },
  {
    path: '/kvalitetsarbete',
    name: 'quality',
    component: () => import('./components/PlaceholderView.vue'),
    props: { section: 'quality' },
    meta: { title: 'nav.quality' },
  },
  {
    path: '/dialog',
    name: 'dialogue',
    component: () => import('./components/PlaceholderView.vue'),
    props: { section: 'dialogue' },
    meta: { title: 'nav.dialogue' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./components/NotFoundView.vue'),
    meta: { title: 'notFound.title' },
  },
];

/** The app's router (HTML5 history; the server answers every path with the app). */
export const router = createRouter({ history: createWebHistory(), routes });
