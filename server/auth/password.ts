import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

// scrypt from Node's crypto: a memory-hard password hash with no native add-on to build.
// Cost as the OWASP Password Storage Cheat Sheet recommends today: N=2^17, r=8, p=1 (128 MiB,
// a few tenths of a second a hash). The parameters are stored with each hash, so a hash made
// at a lower cost still verifies and is made anew at this one on the next login.
export const SCRYPT_COST = { N: 2 ** 17, r: 8, p: 1 } as const
const KEY_LENGTH = 32
const MAX_MEMORY = 256 * 1024 * 1024
export const MAX_PASSWORD_LENGTH = 1024

interface StoredHash {
  N: number
  r: number
  p: number
  salt: Buffer
  key: Buffer
}

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }, keyLength = KEY_LENGTH): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keyLength, { N: cost.N, r: cost.r, p: cost.p, maxmem: MAX_MEMORY }, (err, key) => (err ? reject(err) : resolve(key))),
  )
}

function parse(stored: string): StoredHash | null {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  const numbers = [n, r, p].map(Number)
  if (scheme !== 'scrypt' || !salt || !key || !numbers.every((x) => Number.isSafeInteger(x) && x > 0)) return null
  return { N: numbers[0], r: numbers[1], p: numbers[2], salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') }
}

export async function hashPassword(password: string, cost: { N: number; r: number; p: number } = SCRYPT_COST): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, cost)
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const hash = parse(stored)
  if (!hash || hash.key.length === 0) return false
  try {
    const actual = await derive(password, hash.salt, hash, hash.key.length)
    return timingSafeEqual(actual, hash.key)
  } catch {
    return false // parameters no longer accepted (memory limit): the hash cannot match
  }
}

/** A hash made at a lower cost than today's, to be made anew once the password is known again. */
export function needsRehash(stored: string): boolean {
  const hash = parse(stored)
  return !hash || hash.N < SCRYPT_COST.N || hash.r < SCRYPT_COST.r || hash.p < SCRYPT_COST.p || hash.key.length < KEY_LENGTH
}

let dummy: Promise<string> | undefined
/** A hash at today's cost that matches nothing: checked for an unknown login so timing tells nothing. */
export function unmatchableHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString('base64url'))
  return dummy
}

export function generatePassword(): string {
  return randomBytes(12).toString('base64url')
}
