import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useSessionStore } from './stores/session.js';
import type { Section } from './stores/roles.js';
import type { MessageKey } from './i18n/index.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    title?: MessageKey;
    /** The navigation section the page belongs to; its roles decide who may open it. */
    section?: Section;
    /** Reachable without signing in. */
    public?: boolean;
  }
}

// Every feature's views are loaded when first visited, so the first page stays small.
const routes: RouteRecordRaw[] = [
  {
    path: '/logga-in',
    name: 'sign-in',
    component: () => import('./features/auth/views/SignInView.vue'),
    meta: { title: 'signin.heading', public: true },
  },
  {
    path: '/',
    name: 'home',
    component: () => import('./features/home/views/HomeView.vue'),
    meta: { title: 'nav.home', section: 'home' },
  },
  {
    path: '/handlingsplaner',
    name: 'plans',
    component: () => import('./features/plans/views/PlansView.vue'),
    meta: { title: 'nav.plans', section: 'plans' },
  },
  {
    path: '/handlingsplaner/ny',
    name: 'plan-new',
    component: () => import('./features/plans/views/PlanCreateView.vue'),
    meta: { title: 'authoring.newPlan', section: 'plans' },
  },
  {
    path: '/handlingsplaner/:planId',
    name: 'plan',
    component: () => import('./features/plans/views/PlanView.vue'),
    props: true,
    meta: { title: 'nav.plans', section: 'plans' },
  },
  {
    path: '/handlingsplaner/:planId/redigera',
    name: 'plan-edit',
    component: () => import('./features/plans/views/PlanEditView.vue'),
    props: true,
    meta: { title: 'authoring.editPlan', section: 'plans' },
  },
  {
    path: '/atgarder/:itemId',
    name: 'item',
    component: () => import('./features/plans/views/ItemView.vue'),
    props: true,
    meta: { title: 'nav.plans', section: 'plans' },
  },
  {
    path: '/mal',
    name: 'goals',
    component: () => import('./features/goals/views/GoalsView.vue'),
    meta: { title: 'nav.goals', section: 'goals' },
  },
  {
    path: '/mal/nytt',
    name: 'goal-new',
    component: () => import('./features/goals/views/GoalCreateView.vue'),
    meta: { title: 'goalAuthoring.newGoal', section: 'goals' },
  },
  {
    path: '/mal/:goalId',
    name: 'goal',
    component: () => import('./features/goals/views/GoalView.vue'),
    props: true,
    meta: { title: 'nav.goals', section: 'goals' },
  },
  {
    path: '/resultat',
    name: 'results',
    component: () => import('./features/results/views/RankingView.vue'),
    meta: { title: 'nav.results', section: 'results' },
  },
  {
    path: '/resultat/:code',
    name: 'municipality-results',
    component: () => import('./features/results/views/MunicipalityResultsView.vue'),
    props: true,
    meta: { title: 'nav.results', section: 'results' },
  },
  {
    path: '/kvalitetsarbete',
    name: 'quality',
    component: () => import('./features/quality/views/QualityView.vue'),
    meta: { title: 'nav.quality', section: 'quality' },
  },
  {
    path: '/kvalitetsarbete/rapporter/:reportId',
    name: 'quality-report',
    component: () => import('./features/quality/views/QualityReportView.vue'),
    props: true,
    meta: { title: 'quality.reportRouteTitle', section: 'quality' },
  },
  {
    path: '/kvalitetsarbete/enheter/:organisationId',
    name: 'quality-thread',
    component: () => import('./features/quality/views/QualityThreadView.vue'),
    props: true,
    meta: { title: 'quality.threadRouteTitle', section: 'quality' },
  },
  {
    path: '/kvalitetsarbete/arshjul',
    name: 'quality-cycle',
    component: () => import('./features/annual-cycle/views/AnnualCycleView.vue'),
    meta: { title: 'annualCycle.title', section: 'quality' },
  },
  {
    path: '/kvalitetsarbete/brister',
    name: 'quality-deficiencies',
    component: () => import('./features/deficiencies/views/DeficienciesView.vue'),
    meta: { title: 'deficiencies.title', section: 'quality' },
  },
  {
    path: '/kvalitetsarbete/brister/:deficiencyId',
    name: 'quality-deficiency',
    component: () => import('./features/deficiencies/views/DeficiencyView.vue'),
    props: true,
    meta: { title: 'deficiencies.title', section: 'quality' },
  },
  {
    path: '/kvalitetsarbete/klagomal',
    name: 'quality-complaints',
    component: () => import('./features/deficiencies/views/ComplaintsView.vue'),
    meta: { title: 'deficiencies.complaints.title', section: 'quality' },
  },
  {
    path: '/kvalitetsarbete/klagomal/:complaintId',
    name: 'quality-complaint',
    component: () => import('./features/deficiencies/views/ComplaintView.vue'),
    props: true,
    meta: { title: 'deficiencies.complaints.title', section: 'quality' },
  },
  {
    path: '/dialog',
    name: 'dialogue',
    component: () => import('./features/panel/views/PanelView.vue'),
    meta: { title: 'nav.dialogue', section: 'dialogue' },
  },
  {
    path: '/dialog/panel/ny',
    name: 'panel-poll-new',
    component: () => import('./features/panel/views/PollEditorView.vue'),
    meta: { title: 'panel.newPoll', section: 'dialogue' },
  },
  {
    path: '/dialog/panel/:pollId',
    name: 'panel-poll',
    component: () => import('./features/panel/views/PollView.vue'),
    props: true,
    meta: { title: 'panel.title', section: 'dialogue' },
  },
  {
    path: '/dialog/panel/:pollId/redigera',
    name: 'panel-poll-edit',
    component: () => import('./features/panel/views/PollEditorView.vue'),
    props: true,
    meta: { title: 'panel.editPoll', section: 'dialogue' },
  },
  {
    path: '/dialog/fragor',
    name: 'questions',
    component: () => import('./features/questions/views/QuestionsView.vue'),
    meta: { title: 'questions.title', section: 'dialogue' },
  },
  {
    path: '/dialog/fragor/:questionId',
    name: 'question',
    component: () => import('./features/questions/views/QuestionView.vue'),
    props: true,
    meta: { title: 'questions.title', section: 'dialogue' },
  },
  {
    path: '/dialog/chattar',
    name: 'chats',
    component: () => import('./features/chats/views/ChatsView.vue'),
    meta: { title: 'chats.title', section: 'dialogue' },
  },
  {
    path: '/dialog/chattar/:chatId',
    name: 'chat',
    component: () => import('./features/chats/views/ChatView.vue'),
    props: true,
    meta: { title: 'chats.title', section: 'dialogue' },
  },
  {
    path: '/dialog/moten',
    name: 'meetings',
    component: () => import('./features/meetings/views/MeetingsView.vue'),
    meta: { title: 'meetings.title', section: 'dialogue' },
  },
  {
    path: '/dialog/moten/:meetingId',
    name: 'meeting',
    component: () => import('./features/meetings/views/MeetingView.vue'),
    props: true,
    meta: { title: 'meetings.title', section: 'dialogue' },
  },
  {
    path: '/dialog/moten/:meetingId/syntes',
    name: 'meeting-synthesis',
    component: () => import('./features/meetings/views/MeetingSynthesisView.vue'),
    props: true,
    meta: { title: 'meetings.synthesis.title', section: 'dialogue' },
  },
  {
    path: '/coachning',
    name: 'coaching',
    component: () => import('./features/coaching/views/CoachingBoardView.vue'),
    meta: { title: 'coaching.title', section: 'coaching' },
  },
  {
    path: '/coachning/statistik',
    name: 'coaching-statistics',
    component: () => import('./features/coaching/views/CoachingStatisticsView.vue'),
    meta: { title: 'coachingRecords.statistics.title', section: 'coachingStatistics' },
  },
  {
    path: '/coachning/register',
    name: 'coaching-records',
    component: () => import('./features/coaching/views/CoachingRecordsView.vue'),
    meta: { title: 'coachingRecords.records.title', section: 'coachingRecords' },
  },
  {
    path: '/coachning/:engagementId',
    name: 'coaching-engagement',
    component: () => import('./features/coaching/views/EngagementView.vue'),
    props: true,
    meta: { title: 'coaching.title', section: 'coaching' },
  },
  {
    path: '/admin',
    name: 'admin',
    component: () => import('./features/admin/views/AdminView.vue'),
    meta: { title: 'admin.title', section: 'admin' },
  },
  {
    path: '/satt-losenord',
    name: 'set-password',
    component: () => import('./features/auth/views/SetPasswordView.vue'),
    meta: { title: 'setPassword.title', public: true },
  },
  {
    path: '/aviseringar',
    name: 'notifications',
    component: () => import('./features/notifications/views/NotificationsView.vue'),
    meta: { title: 'inbox.title' },
  },
  {
    path: '/dialog/moderering',
    name: 'moderation',
    component: () => import('./features/moderation/views/ModerationView.vue'),
    meta: { title: 'moderation.title', section: 'dialogue' },
  },
  {
    // Open to everyone, signed in or not: what authors agreed to publish.
    path: '/goda-exempel/:code(\\d{4})',
    name: 'good-examples',
    component: () => import('./features/examples/views/GoodExamplesView.vue'),
    props: true,
    meta: { title: 'examples.link', public: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./components/NotFoundView.vue'),
    meta: { title: 'notFound.title', public: true },
  },
];

/** The app's router (HTML5 history; the server answers every path with the app). */
export const router = createRouter({ history: createWebHistory(), routes });

// Signed-out visitors go to sign-in and come back to where they were headed afterwards; a
// signed-in visitor never sees the sign-in page again until signing out.
router.beforeEach(async (to) => {
  const session = useSessionStore();
  await session.ensureChecked();
  if (to.name === 'sign-in' && session.signedIn) {
    const next = typeof to.query.next === 'string' && to.query.next.startsWith('/') ? to.query.next : '/';
    return next;
  }
  if (to.meta.public) return true;
  if (!session.signedIn) return { name: 'sign-in', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  if (to.meta.section && !session.mayOpen(to.meta.section)) return { name: 'home' };
  return true;
});

/**
 * The server said the session is gone (it expired, or was ended elsewhere): forget the viewer and
 * go to sign-in, which brings the person back to this page afterwards. On a public page, such as
 * the sign-in form itself, the error belongs to that page; once signed out there is nothing to do.
 */
export function sessionExpired(): void {
  const current = router.currentRoute.value;
  const session = useSessionStore();
  if (current.meta.public || !session.signedIn) return;
  session.forget();
  void router.push({ name: 'sign-in', query: { next: current.fullPath } });
}
