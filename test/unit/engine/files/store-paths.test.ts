import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  isInTmpDir,
  isSafeResourceId,
  resourceDir,
  resourceFilePath,
  tmpDir,
} from '../../../../electron/engine/files/store-paths.ts'

const dataDir = '/data/catalog'

describe('FileStore paths', () => {
  it('puts a resource file at files/<id>/<name> inside the data directory', () => {
    const id = '289882d9-c102-4d10-9f91-6a842f5c7c4d'
    expect(resourceFilePath(dataDir, id, 'sample.csv')).toBe(join(dataDir, 'files', id, 'sample.csv'))
  })

  it('refuses ids that could leave files/ or hit the temporary folder', () => {
    for (const id of ['..', '../x', '/etc', 'a/b', 'a\\b', '.hidden', 'a.b', '%2e%2e', 'a\u0000', '', 'tmp', ' x']) {
      expect(isSafeResourceId(id)).toBe(false)
      expect(resourceDir(dataDir, id)).toBeNull()
    }
  })

  it('refuses stored names that are not what the munger makes', () => {
    for (const name of ['..', '.', '../x', '/abs', 'a/b', 'A.csv', 'x\u0000', 'nul.txt', '']) {
      expect(resourceFilePath(dataDir, 'abc', name)).toBeNull()
    }
  })

  it('accepts an upload only from directly inside files/tmp', () => {
    const tmp = tmpDir(dataDir)
    expect(isInTmpDir(dataDir, join(tmp, 'x.upload'))).toBe(true)
    expect(isInTmpDir(dataDir, join(tmp, '..', 'x.upload'))).toBe(false)
    expect(isInTmpDir(dataDir, join(tmp, 'sub', 'x.upload'))).toBe(false)
    expect(isInTmpDir(dataDir, '/etc/passwd')).toBe(false)
    expect(isInTmpDir(dataDir, `${tmp}/../../catalog.sqlite`)).toBe(false)
    expect(isInTmpDir(dataDir, join(tmp, 'x\u0000'))).toBe(false)
    expect(isInTmpDir(dataDir, tmp)).toBe(false)
    expect(isInTmpDir(dataDir, 42)).toBe(false)
  })
})
