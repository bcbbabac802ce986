/**
 * Realistic generated datasets for benchmarks: about 3 KB of JSON each, with
 * 5 resources and 5 tags, from a fixed seed so every run measures the same data.
 */

/** A small deterministic PRNG (mulberry32): the same seed gives the same catalog. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const words = (
  'water river flood rainfall station transport road traffic bus rail health hospital school budget ' +
  'census population housing energy emission climate forest soil air quality noise crime police court ' +
  'election council tax income employment business license permit park tree waste recycling'
).split(' ')

/** A dataset dict like a portal's: ~3 KB, 5 resources, 5 tags, a few extras. */
export function generateDataset(index: number, org: string, random: () => number): Record<string, unknown> {
  const pick = () => words[Math.floor(random() * words.length)]
  const sentence = (n: number) => Array.from({ length: n }, pick).join(' ')
  const tags = new Set<string>()
  while (tags.size < 5) tags.add(pick())
  return {
    name: `bench-dataset-${index}`,
    title: `${sentence(4)} ${index}`,
    owner_org: org,
    notes: sentence(120),
    author: 'Open Data Team',
    author_email: 'opendata@example.org',
    maintainer: 'Catalog Maintainer',
    version: '1.0',
    license_id: 'cc-by',
    url: `https://example.org/datasets/${index}`,
    tags: [...tags].map((name) => ({ name })),
    extras: [
      { key: 'spatial_coverage', value: sentence(3) },
      { key: 'update_frequency', value: 'monthly' },
    ],
    resources: Array.from({ length: 5 }, (_, r) => ({
      name: `${sentence(3)} ${r}`,
      description: sentence(18),
      url: `https://example.org/files/${index}/resource-${r}.csv`,
      format: 'CSV',
    })),
  }
}
