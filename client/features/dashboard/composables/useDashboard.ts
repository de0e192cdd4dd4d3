// The dashboard's data: the roadmap with every value once, then the progress for the chosen
// year and scope. A late answer for a year no longer chosen is dropped.
import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { fetchDashboardRoadmap, fetchProgress, type DashboardRoadmap, type RoadmapProgress } from '../../../api/progressOperations.js'
import { defaultYear } from '../lib/dashboardData.js'

/** `wanted` is what the address asks for; a year the roadmap does not have gives way to the default. */
export function useDashboard(roadmapId: Ref<number>, wanted: Ref<{ year: number | null; organizationId: number | null }>) {
  const roadmap = shallowRef<DashboardRoadmap | null>(null)
  const year = computed<number | null>(() => {
    const r = roadmap.value
    if (!r) return null
    const y = wanted.value.year
    return y !== null && r.years.includes(y) ? y : defaultYear(r, r.indicators, new Date())
  })
  const organizationId = computed<number | null>(() => {
    const org = wanted.value.organizationId
    return org !== null && roadmap.value?.municipality.organizations.some((o) => o.id === org) ? org : null
  })
  const progress = shallowRef<RoadmapProgress | null>(null)
  const isLoadingProgress = ref(false)
  const error = ref<string | null>(null)
  let request = 0

  watch(
    roadmapId,
    async (id) => {
      roadmap.value = null
      progress.value = null
      error.value = null
      try {
        roadmap.value = await fetchDashboardRoadmap(id)
      } catch (e) {
        error.value = (e as Error).message
      }
    },
    { immediate: true },
  )

  watch(
    [roadmap, year, organizationId],
    async ([r, y, org]) => {
      if (!r || y === null) return
      const mine = ++request
      isLoadingProgress.value = true
      try {
        const result = await fetchProgress(r.id, y, org)
        if (mine !== request) return
        progress.value = result
        error.value = null
      } catch (e) {
        if (mine === request) error.value = (e as Error).message
      } finally {
        if (mine === request) isLoadingProgress.value = false
      }
    },
    { immediate: true },
  )

  return { roadmap, year, organizationId, progress, isLoadingProgress, error }
}
