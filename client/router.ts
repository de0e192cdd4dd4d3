import { createRouter, createWebHistory } from 'vue-router'
import { useSession } from './session/useSession.js'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { isPublic: true, title: 'Вход' } },
    { path: '/', name: 'home', component: () => import('./pages/HomePage.vue'), meta: { title: 'Дорожные карты' } },
    { path: '/roadmaps/:id(\\d+)', name: 'roadmap', component: () => import('./pages/RoadmapPage.vue'), meta: { title: 'Дорожная карта' } },
    { path: '/roadmaps/:id(\\d+)/about', name: 'about', component: () => import('./pages/RoadmapAboutPage.vue'), meta: { title: 'О программе' } },
    { path: '/roadmaps/:id(\\d+)/schools', name: 'schools', component: () => import('./pages/SchoolsPage.vue'), meta: { title: 'По школам' } },
    { path: '/roadmaps/:id(\\d+)/dashboard', name: 'dashboard', component: () => import('./pages/DashboardPage.vue'), meta: { title: 'Ход выполнения' } },
    { path: '/roadmaps/:id(\\d+)/measures', name: 'measures', component: () => import('./pages/MeasuresPage.vue'), meta: { title: 'Мероприятия' } },
    { path: '/roadmaps/:id(\\d+)/directions/:directionId(\\d+)', name: 'direction', component: () => import('./pages/DirectionPage.vue'), meta: { title: 'Направление' } },
    { path: '/roadmaps/:id(\\d+)/import', name: 'import', component: () => import('./pages/ImportPage.vue'), meta: { title: 'Импорт значений' } },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})

router.beforeEach(async (to) => {
  const session = useSession()
  await session.ensureLoaded()
  const isSignedIn = !!session.state.user
  if (!to.meta.isPublic && !isSignedIn) return { name: 'login', query: to.fullPath !== '/' ? { next: to.fullPath } : {} }
  if (to.name === 'login' && isSignedIn) return { name: 'home' }
  return true
})

router.afterEach((to) => {
  document.title = `${(to.meta.title as string | undefined) ?? ''} — Ориентир`.replace(/^ — /, '')
})
