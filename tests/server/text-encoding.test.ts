import { describe, expect, it } from 'vitest'
import { decodeText } from '../../server/modules/import/text-encoding.js'

const TEXT = 'Код;Показатель;2021\r\n11;Удельный вес педагогов «с категорией», №\u00a01 — ёжик;64,8\r\n'

/** Windows-1251 bytes of a text, from the decoder's own table (Node has no encoder for it). */
function windows1251(text: string): Uint8Array {
  const table = new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i))
  return Uint8Array.from([...text].map((ch) => {
    const byte = table.indexOf(ch)
    if (byte < 0) throw new Error(`no ${ch} in windows-1251`)
    return byte
  }))
}

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le')
  return Uint8Array.from(le, (_, i) => le[i ^ 1])
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from('\uFEFF' + TEXT, 'utf8'))).toEqual({ text: TEXT, encoding: 'utf-8-bom' })
    expect(decodeText(Buffer.from(TEXT, 'utf8'))).toEqual({ text: TEXT, encoding: 'utf-8' })
  })

  it('reads UTF-16 LE and BE by their BOM, as Excel saves «Юникод-текст»', () => {
    expect(decodeText(Buffer.from('\uFEFF' + TEXT, 'utf16le'))).toEqual({ text: TEXT, encoding: 'utf-16le' })
    expect(decodeText(utf16be('\uFEFF' + TEXT))).toEqual({ text: TEXT, encoding: 'utf-16be' })
  })

  it('reads UTF-16 without a BOM by where its zero bytes fall, as some scripts write it', () => {
    expect(decodeText(Buffer.from(TEXT, 'utf16le'))).toEqual({ text: TEXT, encoding: 'utf-16le' })
    expect(decodeText(utf16be(TEXT))).toEqual({ text: TEXT, encoding: 'utf-16be' })
  })

  it('reads a file that is not UTF-8 as Windows-1251, as Excel in Russia saves CSV', () => {
    expect(decodeText(windows1251(TEXT))).toEqual({ text: TEXT, encoding: 'windows-1251' })
    // Capitals alone, the hardest case: «ДА» is D4 C0, and C0 is never valid in UTF-8.
    expect(decodeText(windows1251('ДА;НЕТ'))).toEqual({ text: 'ДА;НЕТ', encoding: 'windows-1251' })
  })

  it('takes plain ASCII for UTF-8', () => {
    expect(decodeText(Buffer.from('a;b\r\n1;2', 'latin1'))).toEqual({ text: 'a;b\r\n1;2', encoding: 'utf-8' })
  })
})
