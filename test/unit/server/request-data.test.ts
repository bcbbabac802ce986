import { describe, expect, it } from 'vitest'
import { BadRequest } from '../../../electron/engine/errors.ts'
import { checkDataShape, defaultLimits } from '../../../electron/server/limits.ts'
import { hostName, isAllowedHost } from '../../../electron/server/loopback-host.ts'
import { pythonRepr } from '../../../electron/server/python-repr.ts'
import { requestData, type RawRequest } from '../../../electron/server/request-data.ts'
import { RequestRejected } from '../../../electron/server/request-rejected.ts'

const post = (overrides: Partial<RawRequest>): RawRequest => ({ method: 'POST', readOnly: false, query: '', form: null, body: null, ...overrides })

describe('requestData (CKAN views/api.py _get_request_data)', () => {
  it('refuses GET on a write action before reading anything', () => {
    expect(() => requestData({ ...post({}), method: 'GET', query: 'a=1' })).toThrow(BadRequest)
  })

  it('reads form fields first, repeated keys as lists', () => {
    const form: [string, string][] = [['a', '1'], ['b', 'x'], ['a', '2']]
    expect(requestData(post({ form, readOnly: true, query: 'q=ignored' }))).toEqual({ a: ['1', '2'], b: 'x' })
  })

  it("parses a single field's name as JSON when its value is '' or '1' (085)", () => {
    expect(requestData(post({ form: [['{"name":"x"}', '']] }))).toEqual({ name: 'x' })
    expect(requestData(post({ form: [['{"n":1}', '1']] }))).toEqual({ n: 1 })
    expect(requestData(post({ form: [['name', 'x']] }))).toEqual({ name: 'x' })
    expect(() => requestData(post({ form: [['not json', '']] }))).toThrow(/Error decoding JSON data/)
  })

  it('reads the query string of a read action, before a JSON body', () => {
    expect(requestData(post({ readOnly: true, query: 'id=a&id=b', body: '{"id":"c"}' }))).toEqual({ id: ['a', 'b'] })
    expect(requestData(post({ readOnly: false, query: 'id=a', body: '{"id":"c"}' }))).toEqual({ id: 'c' })
    expect(requestData(post({ readOnly: true, query: 'callback=', body: null }))).toEqual({ callback: '' })
  })

  it('keeps a "__proto__" key as data', () => {
    const data = requestData(post({ readOnly: true, query: '__proto__=x' }))
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype)
    expect(Object.hasOwn(data, '__proto__')).toBe(true)
  })

  it('gives {} for no data at all, and refuses non-object JSON', () => {
    expect(requestData(post({}))).toEqual({})
    expect(() => requestData(post({ body: '[1]' }))).toThrow('Bad request - JSON Error: Request data JSON decoded to [1] but it needs to be a dictionary.')
  })
})

describe('pythonRepr', () => {
  it('prints JSON values as Python would', () => {
    expect(pythonRepr([1, 'a', null, true, false, 1.5])).toBe("[1, 'a', None, True, False, 1.5]")
    expect(pythonRepr({ k: "it's" })).toBe(`{'k': "it's"}`)
    expect(pythonRepr('x'.repeat(500)).length).toBeLessThan(210)
  })
})

describe('checkDataShape', () => {
  it('accepts real dataset dicts and refuses depth, length and NUL past the limits', () => {
    expect(() => checkDataShape({ resources: [{ extras: { a: [1, 2, { b: 'c' }] } }] }, defaultLimits)).not.toThrow()
    let deep: unknown = 'leaf'
    for (let level = 0; level < 10_000; level += 1) deep = [deep]
    expect(() => checkDataShape(deep, defaultLimits)).toThrow(RequestRejected)
    expect(() => checkDataShape({ a: 'x'.repeat(defaultLimits.stringLength + 1) }, defaultLimits)).toThrow(RequestRejected)
    expect(() => checkDataShape({ ['k'.repeat(defaultLimits.stringLength + 1)]: 1 }, defaultLimits)).toThrow(RequestRejected)
    expect(() => checkDataShape({ a: 'x\u0000' }, defaultLimits)).toThrow(/NUL/)
  })
})

describe('loopback Host names', () => {
  it('accepts loopback names with any port, and nothing else', () => {
    for (const host of ['localhost', 'LOCALHOST:80', '127.0.0.1:5000', '[::1]', '[::1]:8080']) expect(isAllowedHost(host, new Set()), host).toBe(true)
    for (const host of [undefined, '', 'evil.example', 'localhost.evil.example', '[::1', '127.0.0.1.nip.io']) {
      expect(isAllowedHost(host, new Set()), String(host)).toBe(false)
    }
    expect(isAllowedHost('catalog.lan:5000', new Set(['catalog.lan']))).toBe(true)
    expect(hostName('[::1]:5000')).toBe('[::1]')
  })
})
