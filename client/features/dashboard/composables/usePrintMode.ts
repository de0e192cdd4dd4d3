// Tells a chart when printing starts and ends: the browser's print (beforeprint/afterprint) or
// print media emulated by a test. Called synchronously, so the chart has its printed size
// before the browser lays the page out for print.
import { onBeforeUnmount, onMounted } from 'vue'

export function usePrintMode(onChange: (isPrinting: boolean) => void): void {
  let isPrinting = false
  const set = (next: boolean) => {
    if (next === isPrinting) return
    isPrinting = next
    onChange(next)
  }
  const media = window.matchMedia('print')
  const handleBefore = () => set(true)
  const handleAfter = () => set(false)
  const handleMedia = (e: MediaQueryListEvent) => set(e.matches)
  onMounted(() => {
    window.addEventListener('beforeprint', handleBefore)
    window.addEventListener('afterprint', handleAfter)
    media.addEventListener('change', handleMedia)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('beforeprint', handleBefore)
    window.removeEventListener('afterprint', handleAfter)
    media.removeEventListener('change', handleMedia)
  })
}
