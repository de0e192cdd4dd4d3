// GraphiQL 5 has no translations: its buttons, tooltips and panels are English literals. The
// parts an analyst uses are given Russian here: the plugins through their titles, everything
// else by rewriting the rendered labels (text, aria-label, title, placeholder) as GraphiQL draws them.
import { DOC_EXPLORER_PLUGIN } from '@graphiql/plugin-doc-explorer'
import { HISTORY_PLUGIN } from 'graphiql'

// GraphiQL finds these two plugins by identity, so they keep their objects and get Russian titles.
export function nameExplorerPlugins(): void {
  DOC_EXPLORER_PLUGIN.title = 'Документация'
  HISTORY_PLUGIN.title = 'История запросов'
}

const EXACT: Record<string, string> = {
  'Documentation Explorer': 'Документация',
  Docs: 'Документация',
  History: 'История запросов',
  Variables: 'Переменные',
  Headers: 'Заголовки',
  'Root Types': 'Корневые типы',
  'All Schema Types': 'Все типы схемы',
  Fields: 'Поля',
  Arguments: 'Аргументы',
  'Enum Values': 'Значения перечисления',
  'Possible Types': 'Возможные типы',
  Implementations: 'Реализации',
  Implements: 'Реализует',
  Directives: 'Директивы',
  Deprecated: 'Устарело',
  'Deprecated Fields': 'Устаревшие поля',
  'Deprecated Arguments': 'Устаревшие аргументы',
  'Deprecated Enum Values': 'Устаревшие значения',
  'Show Deprecated Fields': 'Показать устаревшие поля',
  'Show Deprecated Arguments': 'Показать устаревшие аргументы',
  'Show Deprecated Values': 'Показать устаревшие значения',
  'No results found': 'Ничего не найдено',
  'Other results': 'Другие результаты',
  'Error fetching schema': 'Не удалось получить схему',
  'No GraphQL schema available': 'Схема GraphQL недоступна',
  'New tab': 'Новая вкладка',
  'Close Tab': 'Закрыть вкладку',
  'Open short keys dialog': 'Сочетания клавиш',
  'Open settings dialog': 'Настройки',
  'Close dialog': 'Закрыть',
  'Short Keys': 'Сочетания клавиш',
  Settings: 'Настройки',
  Theme: 'Тема',
  'Adjust how the interface appears.': 'Оформление интерфейса.',
  System: 'Как в системе',
  Light: 'Светлая',
  Dark: 'Тёмная',
  'Persist headers': 'Сохранять заголовки',
  'Save headers upon reloading.': 'Сохранять заголовки при перезагрузке страницы.',
  'Only enable if you trust this device.': 'Включайте только на своём компьютере.',
  On: 'Вкл.',
  Off: 'Выкл.',
  'Clear storage': 'Очистить хранилище',
  'Remove all locally stored data and start fresh.': 'Удалить всё, что сохранено в браузере, и начать заново.',
  'Clear data': 'Очистить',
  'Cleared data': 'Очищено',
  'Failed to Clear': 'Не удалось очистить',
  'Set active': 'Открыть',
  'Edit label': 'Переименовать',
  'Delete from history': 'Удалить из истории',
  'Add favorite': 'В избранное',
  'Remove favorite': 'Убрать из избранного',
  'Type a label': 'Название',
  Save: 'Сохранить',
  Clear: 'Очистить',
  'Execute query': 'Выполнить запрос',
  'Prettify editors': 'Отформатировать',
  'Copy query': 'Копировать запрос',
  'Re-fetch GraphQL schema': 'Обновить схему',
  'Search in documentation': 'Поиск в документации',
  'Search in editor': 'Поиск в редакторе',
  'Merge fragments definitions into operation definition': 'Встроить фрагменты в запрос',
  'Open the Command Palette (you must have focus in the editor)': 'Палитра команд (курсор в редакторе)',
  'Short Key': 'Клавиши',
  Function: 'Действие',
  'Select active operation': 'Выбор вкладки',
  'Editor Commands': 'Команды редактора',
  'Operation Editor': 'Редактор запроса',
  'Result Window': 'Результат',
}

// Labels that carry a name or a shortcut: the shortcut is kept as it is.
const PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [/^Execute query \((.+)\)$/, (keys) => `Выполнить запрос (${keys})`],
  [/^Stop query \((.+)\)$/, (keys) => `Остановить запрос (${keys})`],
  [/^Prettify query \((.+)\)$/, (keys) => `Отформатировать запрос (${keys})`],
  [/^Copy query \((.+)\)$/, (keys) => `Копировать запрос (${keys})`],
  [/^Merge fragments into query \((.+)\)$/, (keys) => `Встроить фрагменты в запрос (${keys})`],
  [/^Re-fetch GraphQL schema \((.+)\)$/, (keys) => `Обновить схему (${keys})`],
  [/^Show editor tools$/, () => 'Показать переменные и заголовки'],
  [/^Hide editor tools$/, () => 'Скрыть переменные и заголовки'],
  [/^Show (.+)$/, (name) => `Показать: ${EXACT[name] ?? name}`],
  [/^Hide (.+)$/, (name) => `Скрыть: ${EXACT[name] ?? name}`],
  [/^Search (.+)\.\.\.$/, (name) => `Поиск: ${EXACT[name] ?? name}…`],
  [/^Go back to (.+)$/, (name) => `Назад: ${EXACT[name] ?? name}`],
]

export function translateLabel(text: string): string | null {
  const trimmed = text.trim()
  if (!trimmed) return null
  const exact = EXACT[trimmed]
  if (exact) return text.replace(trimmed, exact)
  for (const [pattern, russian] of PATTERNS) {
    const match = pattern.exec(trimmed)
    if (match) return text.replace(trimmed, russian(...match.slice(1)))
  }
  return null
}

const ATTRIBUTES = ['aria-label', 'title', 'placeholder']
// The editors hold the user's query and the server's answer: never rewritten.
const UNTOUCHED = '.monaco-editor, .graphiql-editor, .graphiql-response, .graphiql-markdown-description, .graphiql-doc-explorer-field-name, .graphiql-doc-explorer-type-name'

function translateElement(element: Element): void {
  if (element.closest(UNTOUCHED)) return
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name)
    const russian = value === null ? null : translateLabel(value)
    if (russian !== null) element.setAttribute(name, russian)
  }
}

function translateTree(root: Node): void {
  if (root.nodeType === Node.TEXT_NODE) {
    const parent = root.parentElement
    if (!parent || parent.closest(UNTOUCHED)) return
    const russian = translateLabel(root.nodeValue ?? '')
    if (russian !== null) root.nodeValue = russian
    return
  }
  if (!(root instanceof Element)) return
  translateElement(root)
  for (const element of root.querySelectorAll('*')) translateElement(element)
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) translateTree(node)
}

/** Keeps the explorer's labels Russian as React draws and redraws them. */
export function translateExplorer(root: HTMLElement): void {
  translateTree(root)
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') translateTree(mutation.target)
      else if (mutation.type === 'attributes') translateElement(mutation.target as Element)
      else mutation.addedNodes.forEach(translateTree)
    }
  }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES })
}
