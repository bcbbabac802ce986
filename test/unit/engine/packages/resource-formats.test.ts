import { describe, expect, it } from 'vitest'
import { guessFormat, guessMimetype } from '../../../../electron/engine/packages/guess-mimetype.ts'
import { canonicalFormat } from '../../../../electron/engine/packages/resource-formats.ts'

describe('canonicalFormat', () => {
  it('maps names, mimetypes, descriptions and alternatives to the register name', () => {
    expect(canonicalFormat('csv')).toBe('CSV')
    expect(canonicalFormat('text/csv')).toBe('CSV')
    expect(canonicalFormat('Comma Separated Values File')).toBe('CSV')
    expect(canonicalFormat('application/rdf+xml')).toBe('RDF')
    expect(canonicalFormat('jpg')).toBe('JPEG')
    expect(canonicalFormat('geojson')).toBe('GeoJSON')
  })

  it('keeps unknown formats as sent', () => {
    expect(canonicalFormat('Data')).toBe('Data')
    expect(canonicalFormat('zip+csv')).toBe('zip+csv')
    expect(canonicalFormat('')).toBe('')
  })
})

describe('guessMimetype', () => {
  it("guesses from the last path segment's extension, as Python's mimetypes does", () => {
    expect(guessMimetype('http://example.org/data/one.csv')).toBe('text/csv')
    expect(guessMimetype('http://example.org/data/extra.geojson')).toBe('application/geo+json')
    expect(guessMimetype('HTTP://EXAMPLE.ORG/A.CSV')).toBe('text/csv')
    expect(guessMimetype('sample.csv')).toBe('text/csv')
  })

  it('treats compression suffixes as an encoding', () => {
    expect(guessMimetype('http://example.org/data.csv.gz')).toBe('text/csv')
    expect(guessMimetype('http://example.org/data.gz')).toBeNull()
  })

  it('guesses nothing from a host name, a query string or a dotfile', () => {
    expect(guessMimetype('http://example.org/')).toBeNull()
    expect(guessMimetype('http://example.org')).toBeNull()
    expect(guessMimetype('http://example.org/file.csv?download=1')).toBeNull()
    expect(guessMimetype('http://example.org/.csv')).toBeNull()
  })
})

describe('guessFormat', () => {
  it('names the guessed mimetype by the register, else returns the mimetype', () => {
    expect(guessFormat('http://example.org/two.json')).toBe('JSON')
    expect(guessFormat('http://example.org/three.xlsx')).toBe('XLSX')
    expect(guessFormat('http://example.org/letter.rtf')).toBe('application/rtf')
    expect(guessFormat('http://example.org/no-extension')).toBeNull()
  })
})
