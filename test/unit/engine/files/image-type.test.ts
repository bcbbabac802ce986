import { describe, expect, it } from 'vitest'
import { withPreferredExtension } from '../../../../electron/engine/files/image-type.ts'
import { mungeFilenameLegacy } from '../../../../electron/engine/files/munge-filename.ts'
import { sniffMimetype } from '../../../../electron/engine/files/sniff-mimetype.ts'
import { isSafeImageName, uploadedImagePath } from '../../../../electron/engine/files/store-paths.ts'

describe('mungeFilenameLegacy (CKAN munge_filename_legacy)', () => {
  it('makes CKAN\'s image name from str(utcnow()) + the file name', () => {
    expect(mungeFilenameLegacy('2026-11-27 08:15:03.123456River Logo.png')).toBe('2026-11-27-081503.123456River-Logo.png')
  })

  it('keeps case, drops "_", "/" and others, does not collapse dashes, pads to 3 and cuts at 100', () => {
    expect(mungeFilenameLegacy('../a_b  c.PNG')).toBe('..ab--c.PNG')
    expect(mungeFilenameLegacy('Ærø')).toBe('Aero')
    expect(mungeFilenameLegacy('x')).toBe('x__')
    expect(mungeFilenameLegacy('a'.repeat(120) + '.png')).toBe('a'.repeat(100))
  })
})

describe('withPreferredExtension (Path.with_suffix)', () => {
  it('replaces the last suffix with the one the content calls for', () => {
    expect(withPreferredExtension('2026-11-27-081503.123456photo.png', 'image/jpeg')).toBe('2026-11-27-081503.123456photo.jpg')
    // No extension of its own: the timestamp's fraction is the suffix, as in CKAN.
    expect(withPreferredExtension('2026-11-27-081503.123456photo', 'image/png')).toBe('2026-11-27-081503.png')
    expect(withPreferredExtension('2026-11-27-081503photo', 'image/gif')).toBe('2026-11-27-081503photo.gif')
  })
})

describe('sniffMimetype (libmagic\'s answers)', () => {
  it('knows the image signatures and names what is not an image', () => {
    expect(sniffMimetype(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png')
    expect(sniffMimetype(Buffer.from('GIF89a....'))).toBe('image/gif')
    expect(sniffMimetype(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
    expect(sniffMimetype(Buffer.from('hello world'))).toBe('text/plain')
    expect(sniffMimetype(Buffer.from('<!DOCTYPE html><html></html>'))).toBe('text/html')
    expect(sniffMimetype(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('image/svg+xml')
    expect(sniffMimetype(Buffer.from('{"a": 1}'))).toBe('application/json')
    expect(sniffMimetype(Buffer.from('%PDF-1.7'))).toBe('application/pdf')
    expect(sniffMimetype(Buffer.from([0, 1, 2, 3, 0xfe]))).toBe('application/octet-stream')
    expect(sniffMimetype(Buffer.alloc(0))).toBe('application/x-empty')
  })
})

describe('uploadedImagePath', () => {
  it('opens only single safe names inside group, user and admin', () => {
    expect(uploadedImagePath('/data', 'group', '2026-11-27-081503logo.png')).toBe('/data/uploads/group/2026-11-27-081503logo.png')
    for (const [folder, name] of [
      ['group', '..'], ['group', '../x.png'], ['group', 'a/b.png'], ['files', 'x.png'], ['..', 'x.png'], ['user', 'nul.png'], ['admin', ''],
    ]) {
      expect(uploadedImagePath('/data', folder, name), `${folder}/${name}`).toBeNull()
    }
    expect(isSafeImageName('...')).toBe(false)
  })
})
