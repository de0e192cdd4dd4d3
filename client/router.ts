import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router'
import { organizationOfQuery, startRoadmapPageLoad } from './api/roadmapPageLoad.js'
import { useSession } from './session/useSession.js'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { isPublic: true, title: 'Вход' } },
    { path: '/', name: 'home', component: () => import('./pages/HomePage.vue'), meta: { title: 'Дорожные карты' } },
    {
      path: '/roadmaps/:id(\\d+)', name: 'roadmap', component: () => import('./pages/RoadmapPage.vue'),
      meta: { title: 'Дорожная карта', startLoad: (to: RouteLocationNormalized) => startRoadmapPageLoad(Number(to.params.id), organizationOfQuery(to.query)) },
    },
    { path: '/roadmaps/:id(\\d+)/about', name: 'about', component: () => import('./pages/RoadmapAboutPage.vue'), meta: { title: 'О программе' } },
    { path: '/roadmaps/:id(\\d+)/schools', name: 'schools', component: () => import('./pages/SchoolsPage.vue'), meta: { title: 'По школам' } },
    { path: '/roadmaps/:id(\\d+)/dashboard', name: 'dashboard', component: () => import('./pages/DashboardPage.vue'), meta: { title: 'Ход выполнения' } },
    { path: '/roadmaps/:id(\\d+)/measures', name: 'measures', component: () => import('./pages/MeasuresPage.vue'), meta: { title: 'Мероприятия' } },
    { path: '/roadmaps/:id(\\d+)/directions/:directionId(\\d+)', name: 'direction', component: () => import('./pages/DirectionPage.vue'), meta: { title: 'Направление' } },
    { path: '/roadmaps/:id(\\d+)/import', name: 'import', component: () => import('./pages/ImportPage.vue'), meta: { title: 'Импорт значений' } },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})

/**
 * Starts loading the code of a route's lazy pages, and the page's data where it says how
 * (`meta.startLoad`). The router itself loads the code only after every guard, here after the
 * session's request, and the page asks for its data only then: the first page of a visit would
 * wait for all three in turn. The router's own later load finds the modules already there; a
 * failure is reported by that load.
 */
function preloadPages(to: RouteLocationNormalized): void {
  for (const record of to.matched)
    for (const component of Object.values(record.components ?? {}))
      if (typeof component === 'function' && !('__vccOpts' in component) && !('displayName' in component))
        void (component as () => Promise<unknown>)().catch(() => undefined)
  const startLoad = to.meta.startLoad as ((to: RouteLocationNormalized) => void) | undefined
  startLoad?.(to)
}

router.beforeEach(async (to) => {
  const session = useSession()
  if (!session.state.isLoaded) preloadPages(to)
  await session.ensureLoaded()
  const isSignedIn = !!session.state.user
  if (!to.meta.isPublic && !isSignedIn) return { name: 'login', query: to.fullPath !== '/' ? { next: to.fullPath } : {} }
  if (to.name === 'login' && isSignedIn) return { name: 'home' }
  return true
})

router.afterEach((to) => {
  document.title = `${(to.meta.title as string | undefined) ?? ''} — Ориентир`.replace(/^ — /, '')
})
