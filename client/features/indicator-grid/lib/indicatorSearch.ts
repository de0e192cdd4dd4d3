// The search box over indicators: every word typed must occur in the code or the name, whatever
// the case, «ё» or «е», and however many spaces. Pure.

const normalize = (text: string) => text.toLocaleLowerCase('ru-RU').replaceAll('ё', 'е').replace(/\s+/g, ' ').trim()

/** A test for indicators, or null for an empty query (everything shown). */
export function indicatorMatcher(query: string): ((i: { code: string; name: string }) => boolean) | null {
  const words = normalize(query).split(' ').filter(Boolean)
  if (!words.length) return null
  return (i) => {
    const text = normalize(`${i.code} ${i.name}`)
    return words.every((w) => text.includes(w))
  }
}
