import { describe, expect, it } from 'vitest'
import { runSchema } from '../../../../electron/engine/validate/navl.ts'
import { ignoreEmpty, ignoreMissing, intValidator, nameValidator, notEmpty } from '../../../../electron/engine/validate/validators.ts'
import { testEngine } from '../../../helpers/test-engine.ts'

const ctx = () => ({ db: testEngine().engine.db }) as never

describe('runSchema', () => {
  it('collects several messages on one field, as navl does', () => {
    const { errors } = runSchema({ name: [notEmpty, nameValidator, intValidator] }, { name: 'X' }, ctx())
    expect(errors.name).toEqual(['Must be at least 2 characters long', 'Invalid integer'])
  })
  it('stops a chain at notEmpty with "Missing value"', () => {
    const { errors } = runSchema({ name: [notEmpty, nameValidator] }, {}, ctx())
    expect(errors).toEqual({ name: ['Missing value'] })
  })
  it('drops an empty key with ignoreEmpty and keeps a missing one absent with ignoreMissing', () => {
    const { data } = runSchema({ a: [ignoreEmpty], b: [ignoreMissing, intValidator] }, { a: '', c: 'kept' }, ctx())
    expect(data).toEqual({ c: 'kept' })
  })
  it('converts values through the chain', () => {
    const { data } = runSchema({ limit: [ignoreMissing, intValidator] }, { limit: '25' }, ctx())
    expect(data.limit).toBe(25)
  })
})
