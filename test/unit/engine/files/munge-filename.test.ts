import { describe, expect, it } from 'vitest'
import { mungeFilename, storedFileName } from '../../../../electron/engine/files/munge-filename.ts'
import { isSafeStoredName } from '../../../../electron/engine/files/store-paths.ts'

describe('mungeFilename (CKAN munge_filename)', () => {
  it('keeps a plain name as CKAN does (052: sample.csv)', () => {
    expect(mungeFilename('sample.csv')).toBe('sample.csv')
    expect(mungeFilename('package.json')).toBe('package.json')
  })

  it('lower-cases, turns spaces into single dashes and drops unsafe characters', () => {
    expect(mungeFilename('My Data  (final)!.CSV')).toBe('my-data-final.csv')
    expect(mungeFilename('a - b.txt')).toBe('a-b.txt')
  })

  it('turns Latin-1 letters into ASCII and drops other non-ASCII characters', () => {
    expect(mungeFilename('Données Ærø.csv')).toBe('donnees-aero.csv')
    expect(mungeFilename('日本語.csv')).toBe('.csv')
    expect(mungeFilename('日本語')).toBe('___')
  })

  it('drops any POSIX path before the name', () => {
    expect(mungeFilename('/etc/passwd')).toBe('passwd')
    expect(mungeFilename('../../secret.txt')).toBe('secret.txt')
    expect(mungeFilename('dir/')).toBe('___')
  })

  it('removes Windows separators, NUL and other control characters', () => {
    expect(mungeFilename('C:\\Users\\me\\data.csv')).toBe('cusersmedata.csv')
    expect(mungeFilename('evil\u0000.csv')).toBe('evil.csv')
    expect(mungeFilename('line\r\nbreak.txt')).toBe('linebreak.txt')
  })

  it('never yields "." or ".." or an empty name', () => {
    expect(mungeFilename('..')).toBe('..' + '_')
    expect(mungeFilename('.')).toBe('.__')
    expect(mungeFilename('')).toBe('___')
    expect(mungeFilename('%2e%2e')).toBe('2e2e')
  })

  it('pads short names and cuts long ones, keeping the extension (at most 21 characters)', () => {
    expect(mungeFilename('a.c')).toBe('a.c')
    expect(mungeFilename('a')).toBe('a__')
    const long = mungeFilename(`${'x'.repeat(150)}.geojson`)
    expect(long).toHaveLength(100)
    expect(long.endsWith('.geojson')).toBe(true)
    expect(mungeFilename(`f.${'e'.repeat(30)}`)).toBe(`f.${'e'.repeat(20)}`)
  })

  it('treats leading dots as part of the name, as os.path.splitext does', () => {
    expect(mungeFilename('.csv')).toBe('.csv')
    expect(mungeFilename('...tar.gz')).toBe('...tar.gz')
  })

  it('stores names Windows would misread with a harmless change', () => {
    expect(storedFileName('NUL.txt')).toBe('_nul.txt')
    expect(storedFileName('com1')).toBe('_com1')
    expect(storedFileName('....')).toBe('____')
    expect(storedFileName('Rivers.csv')).toBe('rivers.csv')
  })

  it('always produces a stored name the store accepts as one path segment', () => {
    const nasty = ['../', '/', '\\..\\..', '\u0000', '....', 'CON', 'aux.csv', '%00', ' ', '.\u0000.', 'a/../../b']
    for (const name of nasty) expect(isSafeStoredName(storedFileName(name))).toBe(true)
  })
})
