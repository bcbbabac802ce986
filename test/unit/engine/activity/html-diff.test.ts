import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { makeTable, type TableOptions } from '../../../../electron/engine/activity/html-diff.ts'

type Table = { a: string[]; b: string[]; table_number: number; table: string }
type Case = Table & { options: { fromdesc?: string; todesc?: string; context?: boolean; numlines?: number }; init: { tabsize?: number; wrapcolumn?: number } }
type Dataset = Table & { source: string }

// Written by Python 3 itself (fixtures/make-html-diff-cases.py); no Python is needed to run these tests.
const fixture = JSON.parse(readFileSync(new URL('./fixtures/html-diff-cases.json', import.meta.url), 'utf8')) as { datasets: Dataset[]; cases: Case[] }

/** make_table's and HtmlDiff's keyword arguments, as our options. */
function optionsOf({ options, init, table_number }: Case): TableOptions {
  return {
    fromDesc: options.fromdesc,
    toDesc: options.todesc,
    context: options.context,
    numLines: options.numlines,
    tabSize: init.tabsize,
    wrapColumn: init.wrapcolumn,
    tableNumber: table_number,
  }
}

describe('makeTable', () => {
  it('writes the tables Python writes for real datasets, from the lines CKAN gives it', () => {
    for (const { a, b, table_number, table, source } of fixture.datasets) {
      expect(makeTable(a, b, { tableNumber: table_number }), source).toBe(table)
    }
  })

  it('writes the tables Python writes for every path: tabs, HTML, non-ASCII, long, empty and identical lines, and the options', () => {
    for (const [k, c] of fixture.cases.entries()) expect(makeTable(c.a, c.b, optionsOf(c)), `case ${k}`).toBe(c.table)
  })

  it('numbers its tables one after the other in a process, as HtmlDiff._default_prefix does', () => {
    const first = makeTable(['a'], ['b'])
    const number = Number(/id="difflib_chg_to(\d+)__top"/.exec(first)![1])
    expect(makeTable(['a'], ['b'])).toBe(makeTable(['a'], ['b'], { tableNumber: number + 1 }))
    expect(makeTable(['a'], ['b'])).toContain(`id="difflib_chg_to${number + 2}__top"`)
  })
})
