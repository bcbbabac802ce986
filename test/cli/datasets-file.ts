/** Writes ckanapi-style JSON lines of realistic datasets (5 resources, 5 tags) for load tests. */
import { writeFileSync } from 'node:fs'

/** One dataset dict of about 2 KB, owned by `org`. */
export function datasetDict(index: number, org: string): Record<string, unknown> {
  return {
    name: `load-test-${index}`,
    title: `Load test dataset ${index}`,
    owner_org: org,
    notes: `River gauge readings for station ${index}. `.repeat(8),
    license_id: 'cc-by',
    version: '1.0',
    tags: ['water', 'river', 'gauge', `station-${index % 50}`, `year-${2000 + (index % 20)}`].map((name) => ({ name })),
    extras: [{ key: 'update_frequency', value: 'monthly' }],
    resources: Array.from({ length: 5 }, (_, r) => ({
      name: `Readings ${r}`,
      url: `https://example.org/data/${index}/readings-${r}.csv`,
      format: 'CSV',
      description: `Part ${r} of the readings of station ${index}.`,
    })),
  }
}

/** Writes `count` datasets to `file`, one JSON object per line. */
export function writeDatasetsFile(file: string, count: number, org: string): void {
  const lines: string[] = []
  for (let index = 0; index < count; index += 1) lines.push(JSON.stringify(datasetDict(index, org)))
  writeFileSync(file, `${lines.join('\n')}\n`)
}
