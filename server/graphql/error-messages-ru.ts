// Apollo Server and graphql-js refuse requests in English; users read Russian. One table of
// patterns, tried in order; a message no pattern knows falls back to a Russian line per code.

type Rule = [RegExp, (...groups: string[]) => string]

const q = (name: string): string => `«${name}»`

// The reason part of a value that failed coercion (after «; » in graphql-js's messages).
const REASONS: Rule[] = [
  [/^Int cannot represent non 32-bit signed integer value: /, () => 'ожидается целое число от −2147483648 до 2147483647'],
  [/^Int cannot represent non-integer value: /, () => 'ожидается целое число'],
  [/^Float cannot represent non numeric value: /, () => 'ожидается число'],
  [/^String cannot represent a non string value: /, () => 'ожидается строка'],
  [/^Boolean cannot represent a non boolean value: /, () => 'ожидается true или false'],
  [/^Value "(.*)" does not exist in "(\w+)" enum\./s, (_v, e) => `нет такого значения перечисления ${e}`],
  [/^Enum "(\w+)" cannot represent non-(?:enum|string) value: /, (e) => `ожидается значение перечисления ${e} без кавычек`],
  [/^Expected type "(\w+)" to be an object\./, (t) => `ожидается объект ${t}`],
  [/^Field "(\w+)" of required type "(.+?)" was not provided\./, (f, t) => `не указано обязательное поле ${q(f)} (${t})`],
  [/^Field "(\w+)" is not defined by type "(\w+)"\./, (f, t) => `в ${t} нет поля ${q(f)}`],
  [/^Expected non-nullable type "(.+?)" not to be null\./, (t) => `значение обязательно (${t})`],
  [/^Expected value of type "(.+?)", found (.*?)\.?$/s, (t) => `ожидается ${t}`],
]

const RULES: Rule[] = [
  // Variables and literals that do not fit their types.
  [/^Variable "\$(\w+)" got invalid value (.*?)(?: at "([^"]+)")?; (.*)$/s, (v, value, at, reason) => `Неверное значение ${shorten(value)} в ${at || v}: ${reason_(reason)}`],
  [/^Variable "\$(\w+)" of required type "(.+?)" was not provided\.$/, (v, t) => `Не передана обязательная переменная $${v} (${t})`],
  [/^Variable "\$(\w+)" of non-null type "(.+?)" must not be null\.$/, (v, t) => `Переменная $${v} (${t}) не может быть null`],
  [/^Variable "\$(\w+)" expected value of type "(.+?)" which cannot be used as an input type\.$/, (v, t) => `Тип ${t} переменной $${v} не входной`],
  [/^Expected value of type "(.+?)", found (.*?)(?:; (.*))?$/s, (t, found, reason) => `Неверное значение ${shorten(found)}: ожидается ${t}${reason ? `, ${reason_(reason)}` : ''}`],
  [/^Value "(.*)" does not exist in "(\w+)" enum\./s, (v, e) => `Нет значения ${q(shorten(v))} в перечислении ${e}`],
  [/^Enum "(\w+)" cannot represent non-enum value: (.*?)\./s, (e, v) => `Значение ${shorten(v)} не из перечисления ${e}: пишите значения перечислений без кавычек`],
  // A literal in the query text that its scalar refuses («roadmap(id: 1.5)»).
  [/^((?:Int|Float|String|Boolean|ID) cannot represent [^:]*: (.*))$/s, (message, value) => `Неверное значение ${shorten(value)}: ${reason_(message)}`],
  [/^Field "([\w.]+)" of required type "(.+?)" was not provided\.$/, (f, t) => `Не указано обязательное поле ${q(f)} (${t})`],
  [/^Field "(\w+)" is not defined by type "(\w+)"\./, (f, t) => `В ${t} нет поля ${q(f)}`],
  // The document against the schema.
  [/^Cannot query field "(\w+)" on type "(\w+)"\./, (f, t) => `В типе ${t} нет поля ${q(f)}`],
  [/^Unknown argument "(\w+)" on field "([\w.]+)"\./, (a, f) => `У поля ${f} нет аргумента ${q(a)}`],
  [/^Unknown argument "(\w+)" on directive "@(\w+)"\./, (a, d) => `У директивы @${d} нет аргумента ${q(a)}`],
  [/^(?:Field|Directive) "@?([\w.]+)" argument "(\w+)" of type "(.+?)" is required, but it was not provided\.$/, (f, a, t) => `Не указан обязательный аргумент ${q(a)} (${t}) у ${f}`],
  [/^Field "(\w+)" of type "(.+?)" must have a selection of subfields\./, (f, t) => `У поля ${q(f)} (${t}) перечислите нужные подполя в { }`],
  [/^Field "(\w+)" must not have a selection since type "(.+?)" has no subfields\.$/, (f, t) => `У поля ${q(f)} (${t}) нет подполей`],
  [/^Unknown type "(\w+)"\./, (t) => `Неизвестный тип ${q(t)}`],
  [/^Variable "\$(\w+)" cannot be non-input type "(.+?)"\.$/, (v, t) => `Переменная $${v} не может иметь тип ${t}: это не входной тип`],
  [/^Variable "\$(\w+)" is not defined(?: by operation "(\w+)")?\.$/, (v) => `Переменная $${v} не объявлена в операции`],
  [/^Variable "\$(\w+)" is never used(?: in operation "(\w+)")?\.$/, (v) => `Переменная $${v} объявлена, но не используется`],
  [/^Variable "\$(\w+)" of type "(.+?)" used in position expecting type "(.+?)"\.$/, (v, t, e) => `Переменная $${v} типа ${t} стоит там, где ожидается ${e}`],
  [/^There can be only one variable named "\$(\w+)"\.$/, (v) => `Переменная $${v} объявлена дважды`],
  [/^Unknown directive "@(\w+)"\.$/, (d) => `Неизвестная директива @${d}`],
  [/^The directive "@(\w+)" can only be used once at this location\.$/, (d) => `Директива @${d} указана дважды`],
  [/^Directive "@(\w+)" may not be used on (\w+)\.$/, (d) => `Директиву @${d} здесь применять нельзя`],
  [/^Unknown fragment "(\w+)"\.$/, (f) => `Неизвестный фрагмент ${q(f)}`],
  [/^Cannot spread fragment "(\w+)" within itself/, (f) => `Фрагмент ${q(f)} ссылается сам на себя`],
  [/^Fragment "(\w+)" is never used\.$/, (f) => `Фрагмент ${q(f)} объявлен, но не используется`],
  [/^There can be only one fragment named "(\w+)"\.$/, (f) => `Фрагмент ${q(f)} объявлен дважды`],
  [/^Fragment "(\w+)" cannot be spread here as objects of type "(\w+)" can never be of type "(\w+)"\.$/, (f, t, c) => `Фрагмент ${q(f)} (для ${c}) нельзя применить к ${t}`],
  [/^Fragment cannot be spread here as objects of type "(\w+)" can never be of type "(\w+)"\.$/, (t, c) => `Фрагмент для ${c} нельзя применить к ${t}`],
  [/^Fragment "(\w+)" cannot condition on non composite type "(.+?)"\.$/, (f, t) => `Фрагмент ${q(f)} нельзя объявить на типе ${t}`],
  [/^Fragment cannot condition on non composite type "(.+?)"\.$/, (t) => `Фрагмент нельзя объявить на типе ${t}`],
  [/^There can be only one argument named "(\w+)"\.$/, (a) => `Аргумент ${q(a)} указан дважды`],
  [/^There can be only one input field named "(\w+)"\.$/, (f) => `Поле ${q(f)} указано дважды`],
  [/^Fields "(\w+)" conflict because /, (f) => `Поля с именем ${q(f)} конфликтуют: дайте им разные псевдонимы`],
  [/^There can be only one operation named "(\w+)"\.$/, (o) => `Операция ${q(o)} объявлена дважды`],
  [/^This anonymous operation must be the only defined operation\.$/, () => 'Безымянная операция должна быть единственной в запросе'],
  [/^Schema is not configured to execute (\w+) operation\.$/, (o) => `Операции ${o} в этой схеме нет`],
  [/^Subscription "?(\w*)"? must select only one top level field\.$/, () => 'Подписка выбирает ровно одно поле верхнего уровня'],
  [/^Unknown operation named "(.+)"\.$/, (o) => `В запросе нет операции ${q(o)}`],
  [/^Must provide operation name if query contains multiple operations\.$/, () => 'В запросе несколько операций: укажите operationName'],
  [/^Must provide an operation\.$/, () => 'В запросе нет ни одной операции'],
  [/^Must provide query string\.$/, () => 'В запросе нет текста операции (поле query)'],
  // Syntax.
  [/^Syntax Error: Expected (.+), found (.+?)\.?$/, (e, f) => `Синтаксическая ошибка в запросе GraphQL: ожидалось ${tokens(e)}, найдено ${tokens(f)}`],
  [/^Syntax Error: Unexpected (.+?)\.?$/, (f) => `Синтаксическая ошибка в запросе GraphQL: неожиданно ${tokens(f)}`],
  [/^Syntax Error: Unterminated string\.$/, () => 'Синтаксическая ошибка в запросе GraphQL: незакрытая строка'],
  [/^Syntax Error: Invalid character escape sequence/, () => 'Синтаксическая ошибка в запросе GraphQL: неверная escape-последовательность'],
  [/^Syntax Error: Invalid character within String/, () => 'Синтаксическая ошибка в запросе GraphQL: недопустимый символ в строке'],
  [/^Syntax Error: Invalid number/, () => 'Синтаксическая ошибка в запросе GraphQL: неверная запись числа'],
  [/^Syntax Error: Document contains more than (\d+) tokens/, (n) => `Запрос длиннее ${n} лексем`],
  [/^Syntax Error: /, () => 'Синтаксическая ошибка в запросе GraphQL'],
  // graphql-js's parser and validation are recursive: a document nested thousands deep overflows the stack.
  [/^Maximum call stack size exceeded$/, () => 'Запрос вложен слишком глубоко'],
  [/^Too many validation errors, error limit reached\. Validation aborted\.$/, () => 'В запросе слишком много ошибок; проверка прервана'],
  // Apollo Server's refusals of the HTTP request.
  [/^This operation has been blocked as a potential Cross-Site Request Forgery/, () => 'Запрос отклонён как возможная межсайтовая подделка (CSRF): передайте заголовок Content-Type: application/json или заголовок apollo-require-preflight'],
  [/^POST body missing, invalid Content-Type, or JSON object has no keys\.$/, () => 'Пустое тело запроса или неверный Content-Type: отправьте JSON с полем query и заголовком Content-Type: application/json'],
  [/^Operation batching disabled\.$/, () => 'Пакет из нескольких операций (массив) не принимается: отправляйте по одной операции'],
  [/^GraphQL operations must contain a non-empty `query`/, () => 'В запросе нет текста операции (поле query)'],
  [/^GraphQL queries must be strings/, () => 'Поле query должно быть строкой'],
  [/^`variables` in a POST body should be provided as an object, not a recursively/, () => 'Поле variables должно быть объектом, а не строкой с JSON'],
  [/^`extensions` in a POST body should be provided as an object, not a recursively/, () => 'Поле extensions должно быть объектом, а не строкой с JSON'],
  [/^`(variables|extensions)` in a POST body must be an object if provided\.$/, (f) => `Поле ${f} должно быть объектом`],
  [/^`operationName` in a POST body must be a string if provided\.$/, () => 'Поле operationName должно быть строкой'],
  [/^The (\w+) search parameter contains invalid JSON\.$/, (f) => `Параметр ${f} в адресе — не JSON`],
  [/^The (\w+) search parameter should contain a JSON-encoded object\.$/, (f) => `Параметр ${f} в адресе должен быть объектом JSON`],
  [/^The '(\w+)' search parameter may only be specified once\.$/, (f) => `Параметр ${f} указан в адресе дважды`],
  [/^GET requests only support query operations, not (\w+) operations$/, (o) => `Запросом GET можно только читать; операцию ${o} отправьте методом POST`],
  [/^GET requests may not have a content-type header other than application\/json\.$/, () => 'У запроса GET может быть только Content-Type: application/json'],
  [/^Apollo Server supports only GET\/POST requests\.$/, () => 'GraphQL принимает только методы GET и POST'],
  [/^An 'accept' header was provided for this request which does not accept/, () => 'Заголовок Accept не допускает ответа в JSON: укажите Accept: application/json'],
  [/^Apollo server received an operation that uses incremental delivery/, () => 'Директивы @defer и @stream не поддерживаются'],
  [/^PersistedQueryNotFound$/, () => 'Сохранённый запрос не найден: отправьте полный текст query'],
  [/^PersistedQueryNotSupported$/, () => 'Сохранённые запросы не поддерживаются: отправьте полный текст query'],
]

const FALLBACK: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'Синтаксическая ошибка в запросе GraphQL',
  GRAPHQL_VALIDATION_FAILED: 'Запрос не соответствует схеме GraphQL',
  BAD_USER_INPUT: 'Неверные входные данные',
  BAD_REQUEST: 'Неверный HTTP-запрос к GraphQL',
  OPERATION_RESOLUTION_FAILURE: 'Не удалось выбрать операцию запроса',
  PERSISTED_QUERY_NOT_FOUND: 'Сохранённый запрос не найден',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Сохранённые запросы не поддерживаются',
}

const CYRILLIC = /[А-Яа-яЁё]/

/** The Russian text of an English message of Apollo Server or graphql-js; a Russian one is kept. */
export function toRussian(message: string, code: string): string {
  const [text, hint] = splitSuggestion(message)
  for (const [pattern, render] of RULES) {
    const match = pattern.exec(text)
    if (match) return render(...match.slice(1).map((g) => g ?? '')) + hint
  }
  // Our own messages are Russian already (an English one may quote a Russian value: rules first).
  if (CYRILLIC.test(message)) return message
  return FALLBACK[code] ?? 'Запрос отклонён'
}

// «Did you mean "a", "b", or "c"?» that graphql-js appends: keep the names, say it in Russian.
function splitSuggestion(message: string): [string, string] {
  const at = message.search(/ Did you mean /)
  if (at < 0) return [message, '']
  const names = [...message.slice(at).matchAll(/"([^"]+)"/g)].map((m) => m[1])
  return [message.slice(0, at), names.length ? `. Возможно, имелось в виду: ${names.join(', ')}` : '']
}

function reason_(reason: string): string {
  for (const [pattern, render] of REASONS) {
    const match = pattern.exec(reason)
    if (match) return render(...match.slice(1).map((g) => g ?? ''))
  }
  return 'значение не подходит по типу'
}

const TOKENS: Record<string, string> = { '<EOF>': 'конец запроса', Name: 'имя' }
const tokens = (text: string): string => text.replace(/<EOF>|\bName\b/g, (t) => TOKENS[t]).replace(/\bcharacter\b/, 'символ')

/** A value echoed in a message: enough to find it, never a megabyte. */
export function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value
}
