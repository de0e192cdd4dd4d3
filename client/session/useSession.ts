// Who is signed in, and the municipalities and roadmaps they may open. One module-level state:
// the header, the router guard and the pages read the same session.
import { reactive, readonly } from 'vue'
import {
  fetchMe,
  fetchMunicipalities,
  login as loginRequest,
  logout as logoutRequest,
  type MunicipalitySummary,
  type SessionUser,
} from '../api/operations.js'

const state = reactive({
  user: null as SessionUser | null,
  isLoaded: false,
  municipalities: null as MunicipalitySummary[] | null,
})

let loading: Promise<void> | null = null

export function useSession() {
  return {
    state: readonly(state),
    async ensureLoaded(): Promise<void> {
      if (state.isLoaded) return
      loading ??= fetchMe()
        .then((user) => {
          state.user = user
        })
        .catch(() => {
          state.user = null
        })
        .finally(() => {
          state.isLoaded = true
          loading = null
        })
      await loading
    },
    async signIn(login: string, password: string): Promise<void> {
      state.user = await loginRequest(login, password)
      state.municipalities = null
      state.isLoaded = true
    },
    async signOut(): Promise<void> {
      try {
        await logoutRequest()
      } finally {
        state.user = null
        state.municipalities = null
      }
    },
    /** The session ended on the server (expired): forget it here too. */
    forget(): void {
      state.user = null
      state.municipalities = null
    },
    async municipalities(): Promise<MunicipalitySummary[]> {
      state.municipalities ??= await fetchMunicipalities()
      return state.municipalities as MunicipalitySummary[]
    },
  }
}
