import { beforeAll, describe, expect, it } from 'vitest'
import { admin, baseUrl, ok } from './client.js'
import { BALTIYSK } from './fixtures.js'

let token: string
let roadmapId: number

beforeAll(async () => {
  const a = await admin()
  token = (await ok<any>('mutation{ createApiToken(name:"CSV", role: BI){ token } }', {}, a)).createApiToken.token
  const { municipalities } = await ok<any>('{ municipalities { name roadmaps { id } } }', {}, a)
  roadmapId = municipalities.find((m: any) => m.name === BALTIYSK).roadmaps[0].id
})

const HEADER = [
  'id', 'id муниципалитета', 'Муниципалитет', 'id организации', 'Организация', 'Код направления', 'Направление',
  'id показателя', 'Код показателя', 'Показатель', 'Единица', 'Год', 'План', 'Факт', 'Отклонение', 'Статус', 'Примечание', 'Версия', 'Изменено (UTC)',
]

const get = (query: string, auth = true) => fetch(`${baseUrl()}/export/values.csv?${query}`, { headers: auth ? { authorization: `Bearer ${token}` } : {} })

describe('GET /export/values.csv', () => {
  it('streams UTF-8 with a BOM, «;» and decimal commas, one line per row of indicatorValues', async () => {
    const res = await get(`roadmapId=${roadmapId}&years=2021`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/csv; charset=utf-8/)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    // TextDecoder drops the BOM it has just been shown to carry
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n')
    expect(lines[0]).toBe(HEADER.join(';'))
    const { indicatorValues } = await ok<any>('query($r:Int!){ indicatorValues(filter:{ roadmapId:$r, years:[2021] }, first: 5000){ totalCount } }', { r: roadmapId }, { token })
    expect(lines.length - 1).toBe(indicatorValues.totalCount)
    const row11 = lines.find((l) => l.includes(';11;Удельный вес'))!
    expect(row11.split(';')[HEADER.indexOf('План')]).toBe('64,8')
  })

  it('carries the ids BI joins on, the same as GraphQL gives, and dates as Excel in Russia reads them', async () => {
    // The whole roadmap: school values are in the later years only.
    const lines = (await (await get(`roadmapId=${roadmapId}`)).text()).trim().split('\r\n').slice(1).map((l) => l.split(';'))
    const at = (line: string[], name: string) => line[HEADER.indexOf(name)]
    const { indicatorValues } = await ok<any>(`query($r:Int!){ indicatorValues(filter:{ roadmapId:$r }, first: 5000){
      edges { node { id updatedAt municipality { id } organization { id } indicator { id } } } } }`, { r: roadmapId }, { token })
    const nodes = new Map<string, any>(indicatorValues.edges.map((e: any) => [String(e.node.id), e.node]))
    expect(lines.length).toBe(nodes.size)
    expect(lines.some((l) => at(l, 'id организации') !== '')).toBe(true)
    for (const line of lines) {
      const node = nodes.get(at(line, 'id'))!
      expect([at(line, 'id муниципалитета'), at(line, 'id организации'), at(line, 'id показателя')]).toEqual([String(node.municipality.id), node.organization ? String(node.organization.id) : '', String(node.indicator.id)])
      const d = new Date(node.updatedAt)
      const two = (n: number) => String(n).padStart(2, '0')
      expect(at(line, 'Изменено (UTC)')).toBe(`${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`)
    }
  })

  it('uses a decimal point and ISO 8601 dates with delimiter=,', async () => {
    const text = await (await get(`roadmapId=${roadmapId}&years=2021&delimiter=,`)).text()
    const lines = text.trim().split('\r\n')
    expect(lines[0]).toBe(HEADER.join(','))
    expect(text).toMatch(/,64\.8,/)
    expect(lines.slice(1).every((l) => /,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(l))).toBe(true)
  })

  it('takes the same filters as indicatorValues, status included', async () => {
    const text = await (await get(`roadmapId=${roadmapId}&status=NO_TARGET`)).text()
    const rows = text.trim().split('\r\n').slice(1)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.includes(';нет плана;'))).toBe(true)
  })

  it('answers 401 without a token and 400 with a Russian message for a bad parameter', async () => {
    expect((await get('years=2021', false)).status).toBe(401)
    const bad = await get('years=двадцать')
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.message).toMatch(/years/)
  })
})
