/**
 * CKAN's ckan/tests/legacy/logic/test_validators.py (test_01_tag_string_convert)
 * through package_create's tag_string: comma-separated, each tag trimmed,
 * empty pieces (a blank string, a trailing comma) dropped.
 */
import { expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

it('test_01_tag_string_convert', () => {
  const t = testEngine()
  t.call('organization_create', t.sysadmin, { name: 'org' })
  const cases: [string, string[]][] = [
    ['big, good', ['big', 'good']],
    ['one, several word tag, with-hyphen', ['one', 'several word tag', 'with-hyphen']],
    ['', []],
    ['trailing comma,', ['trailing comma']],
    ['trailing comma space, ', ['trailing comma space']],
  ]
  cases.forEach(([tag_string, expected], i) => {
    const made = t.call('package_create', t.sysadmin, { name: `tags-${i}`, owner_org: 'org', tag_string })
    expect(made.tags.map((tag: { name: string }) => tag.name).sort(), tag_string).toEqual([...expected].sort())
  })
  t.close()
})
