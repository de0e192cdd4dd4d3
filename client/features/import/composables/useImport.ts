// The import's steps: read the file (with progress), send it for a dry run, then apply the same
// bytes with the same options. Changing the file or an option sends it back to the dry run.
import { computed, onBeforeUnmount, ref, shallowRef, type Ref } from 'vue'
import { importValues, type ImportResult } from '../../../api/importOperations.js'
import { base64OfDataUrl, fileProblem } from '../lib/importView.js'

export type ImportStep = 'idle' | 'reading' | 'checking' | 'checked' | 'applying' | 'applied'

export interface ImportOptions {
  organizationId: number | null
  yearsAreActuals: boolean
}

export function useImport(roadmapId: Ref<number>, options: Ref<ImportOptions>) {
  const step = ref<ImportStep>('idle')
  const file = shallowRef<File | null>(null)
  const readProgress = ref(0)
  const elapsedSeconds = ref(0)
  const error = ref<string | null>(null)
  const dryRun = shallowRef<ImportResult | null>(null)
  const applied = shallowRef<ImportResult | null>(null)
  let content: string | null = null
  let checkedOptions: string | null = null
  let timer: ReturnType<typeof setInterval> | undefined

  function reset() {
    dryRun.value = null
    applied.value = null
    checkedOptions = null
    error.value = null
    if (step.value === 'checked' || step.value === 'applied') step.value = 'idle'
  }

  function chooseFile(next: File | null) {
    file.value = next
    content = null
    readProgress.value = 0
    reset()
    step.value = 'idle'
    if (next) error.value = fileProblem(next)
  }

  function read(f: File): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader()
      reader.onprogress = (e) => {
        if (e.lengthComputable) readProgress.value = e.loaded / e.total
      }
      reader.onload = () => {
        readProgress.value = 1
        resolve(base64OfDataUrl(String(reader.result)))
      }
      reader.onerror = () => reject(new Error('Не удалось прочитать файл'))
      reader.readAsDataURL(f)
    })
  }

  async function send(dry: boolean): Promise<ImportResult | null> {
    const f = file.value
    if (!f) return null
    error.value = fileProblem(f)
    if (error.value) return null
    try {
      if (content === null) {
        step.value = 'reading'
        content = await read(f)
      }
      step.value = dry ? 'checking' : 'applying'
      elapsedSeconds.value = 0
      const started = Date.now()
      timer = setInterval(() => (elapsedSeconds.value = Math.floor((Date.now() - started) / 1000)), 250)
      return await importValues({
        roadmapId: roadmapId.value,
        fileName: f.name,
        contentBase64: content,
        organizationId: options.value.organizationId,
        yearsAreActuals: options.value.yearsAreActuals,
        dryRun: dry,
      })
    } catch (e) {
      error.value = (e as Error).message
      return null
    } finally {
      clearInterval(timer)
    }
  }

  async function check(): Promise<void> {
    reset()
    const result = await send(true)
    dryRun.value = result
    checkedOptions = result ? JSON.stringify(options.value) : null
    step.value = result ? 'checked' : 'idle'
  }

  async function apply(): Promise<void> {
    const result = await send(false)
    if (!result) {
      step.value = 'checked'
      return
    }
    if (result.applied) {
      applied.value = result
      step.value = 'applied'
    } else {
      // Refused as a whole (a cell changed since the dry run, say): the errors replace the preview.
      dryRun.value = result
      step.value = 'checked'
    }
  }

  /** The dry run still describes what «Применить» would send. */
  const canApply = computed(
    () =>
      step.value === 'checked' &&
      !!dryRun.value &&
      dryRun.value.errors.length === 0 &&
      dryRun.value.changes.length > 0 &&
      checkedOptions === JSON.stringify(options.value),
  )
  const isBusy = computed(() => step.value === 'reading' || step.value === 'checking' || step.value === 'applying')

  onBeforeUnmount(() => clearInterval(timer))

  return { step, file, readProgress, elapsedSeconds, error, dryRun, applied, canApply, isBusy, chooseFile, check, apply, reset }
}
