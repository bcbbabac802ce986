import { createHash, pbkdf2Sync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { hashPassword, isLegacyHash, needsRehash, verifyPassword } from '../../../../electron/engine/users/password.ts'

describe('password hashing', () => {
  it('writes a self-describing, salted scrypt string', () => {
    const a = hashPassword('correct horse')
    const b = hashPassword('correct horse')
    expect(a).toMatch(/^\$scrypt\$N=16384,r=8,p=1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
    expect(a).not.toBe(b)
  })

  it('verifies the right password and refuses a wrong one', () => {
    const stored = hashPassword('correct horse')
    expect(verifyPassword('correct horse', stored)).toBe(true)
    expect(verifyPassword('correct horsE', stored)).toBe(false)
  })

  it('reads the cost from the stored string, so older costs keep working', () => {
    const stored = hashPassword('pw-12345678').replace('N=16384', 'N=1024')
    expect(verifyPassword('pw-12345678', stored)).toBe(false) // same bytes, other cost: no match
    expect(verifyPassword('pw-12345678', '$scrypt$N=0,r=8,p=1$AAAA$AAAA')).toBe(false)
  })

  it('reads passlib\'s pbkdf2-sha512 hashes, as CKAN stores them', () => {
    const salt = Buffer.from('0123456789abcdef')
    const ab64 = (b: Buffer) => b.toString('base64').replace(/=+$/, '').replace(/\+/g, '.')
    const checksum = pbkdf2Sync('ckan-password', salt, 1000, 64, 'sha512')
    const stored = `$pbkdf2-sha512$1000$${ab64(salt)}$${ab64(checksum)}`
    expect(verifyPassword('ckan-password', stored)).toBe(true)
    expect(verifyPassword('other', stored)).toBe(false)
  })

  // CKAN model/test_user.py test_upgrade_from_sha, ..._with_unicode_password and
  // ..._with_wrong_password_fails_to_upgrade: CKAN 2.10 still signs in users whose
  // hash is the pre-2.0 form, 40 hex digits of salt then sha1(password + salt)
  // in hex, the text encoded as UTF-8.
  it('reads CKAN\'s old salted sha1 hashes, unicode passwords included', () => {
    const oldHash = (password: string) => {
      const salt = createHash('sha1').update('some random bytes').digest('hex')
      return salt + createHash('sha1').update(password + salt, 'utf8').digest('hex')
    }
    const stored = oldHash('testpass')
    expect(verifyPassword('testpass', stored)).toBe(true)
    expect(verifyPassword('wrongpass', stored)).toBe(false)
    expect(isLegacyHash(stored)).toBe(true)
    const unicode = oldHash('testpassword\u00c2\u00a0')
    expect(verifyPassword('testpassword\u00c2\u00a0', unicode)).toBe(true)
    expect(verifyPassword('testpassword', unicode)).toBe(false)
    expect(isLegacyHash(hashPassword('testpass'))).toBe(false)
  })

  // CKAN test_upgrade_from_pbkdf2_with_less_rounds: a passlib hash below
  // passlib's default rounds or salt size is rewritten on sign-in.
  it('asks for a new hash of old sha1 and weak pbkdf2-sha512 hashes only', () => {
    const ab64 = (b: Buffer) => b.toString('base64').replace(/=+$/, '').replace(/\+/g, '.')
    const pbkdf2 = (rounds: number, salt: Buffer) =>
      `$pbkdf2-sha512$${rounds}$${ab64(salt)}$${ab64(pbkdf2Sync('testpassword', salt, rounds, 64, 'sha512'))}`
    const weak = pbkdf2(10, Buffer.from('ab'))
    expect(verifyPassword('testpassword', weak)).toBe(true)
    expect(needsRehash(weak)).toBe(true)
    expect(needsRehash(pbkdf2(10, Buffer.alloc(16, 1)))).toBe(true)
    expect(needsRehash(pbkdf2(25000, Buffer.from('ab')))).toBe(true)
    expect(needsRehash(pbkdf2(25000, Buffer.alloc(16, 1)))).toBe(false)
    expect(needsRehash(hashPassword('testpassword'))).toBe(false)
    expect(needsRehash('a'.repeat(80))).toBe(true)
    expect(needsRehash(null)).toBe(false)
  })

  it('refuses an empty password whatever the hash, as CKAN\'s validate_password does', () => {
    const salt = Buffer.from('0123456789abcdef')
    const ab64 = (b: Buffer) => b.toString('base64').replace(/=+$/, '').replace(/\+/g, '.')
    const stored = `$pbkdf2-sha512$1000$${ab64(salt)}$${ab64(pbkdf2Sync('', salt, 1000, 64, 'sha512'))}`
    expect(verifyPassword('', stored)).toBe(false)
    expect(verifyPassword('', hashPassword(''))).toBe(false)
  })

  it('refuses missing and unknown hashes', () => {
    expect(verifyPassword('x', null)).toBe(false)
    expect(verifyPassword('x', '')).toBe(false)
    expect(verifyPassword('x', 'plain-text')).toBe(false)
    expect(verifyPassword('x', '$bcrypt$whatever')).toBe(false)
  })
})
