// The encoding of an uploaded text table, as Excel in Russia saves one. Pure.
//  - «CSV UTF-8»: UTF-8 with a BOM; scripts and LibreOffice: UTF-8 without one;
//  - «CSV (разделители — запятые)»: Windows-1251, no BOM;
//  - «Юникод-текст»: UTF-16 LE with a BOM, tab-separated (BE only from other programs; some
//    scripts write UTF-16 without the BOM).

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1251'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const startsWith = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b)
  // Each decoder drops the BOM it is shown.
  if (startsWith(0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-bom' }
  if (startsWith(0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' }
  if (startsWith(0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' }
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // Russian text in Windows-1251 is in practice never valid UTF-8: its letters are bytes 0xC0–0xFF,
    // which UTF-8 allows only as lead bytes followed by 0x80–0xBF, and in words a letter follows a letter.
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' }
  }
}

/**
 * A table's text always holds ASCII (separators, digits, line breaks), which UTF-16 writes with a
 * zero byte, while text in UTF-8 or Windows-1251 holds no zero byte at all. The side the zeros fall
 * on tells the byte order: LE puts them at odd offsets.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096)
  let even = 0
  let odd = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue
    if (i % 2 === 0) even++
    else odd++
  }
  if (even + odd === 0 || bytes.length % 2 !== 0) return null
  return odd > even ? 'utf-16le' : 'utf-16be'
}
