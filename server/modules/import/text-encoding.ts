// The encoding of an uploaded text table, as Excel in Russia saves one. Pure.
//  - «CSV UTF-8»: UTF-8 with a BOM; scripts and LibreOffice: UTF-8 without one;
//  - «CSV (разделители — запятые)»: Windows-1251, no BOM;
//  - «Юникод-текст»: UTF-16 LE with a BOM, tab-separated (BE only from other programs).

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
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // Russian text in Windows-1251 is in practice never valid UTF-8: its letters are bytes 0xC0–0xFF,
    // which UTF-8 allows only as lead bytes followed by 0x80–0xBF, and in words a letter follows a letter.
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' }
  }
}
