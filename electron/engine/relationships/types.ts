/**
 * The kinds of dataset relationship CKAN knows (ckan/model/package_relationship.py):
 * four pairs, each a forward type and its reverse. Rows are stored in the
 * forward form only; the reverse is how the other dataset sees the same row.
 */

/** [forward, reverse] pairs in CKAN's order: "A depends_on B" is "B dependency_of A". */
const pairs = [
  ['depends_on', 'dependency_of'],
  ['derives_from', 'has_derivation'],
  ['links_to', 'linked_from'],
  ['child_of', 'parent_of'],
] as const

/** Every type, each forward type followed by its reverse (CKAN's get_all_types order). */
export const allRelationshipTypes: readonly string[] = pairs.flat()

/** True for a type stored as is (depends_on, derives_from, links_to, child_of). */
export function isForwardType(type: unknown): type is string {
  return pairs.some(([forward]) => forward === type)
}

/** True for a type stored as its forward pair with the datasets swapped. */
export function isReverseType(type: unknown): type is string {
  return pairs.some(([, reverse]) => reverse === type)
}

/** The other type of the pair (CKAN's reverse_type), or null for an unknown type. */
export function otherType(type: unknown): string | null {
  for (const [forward, reverse] of pairs) {
    if (type === forward) return reverse
    if (type === reverse) return forward
  }
  return null
}

/** CKAN's one_of message for a type not in the list: the list as Python prints it. */
export const typeNotKnownMessage = `Value must be one of [${allRelationshipTypes.map((type) => `'${type}'`).join(', ')}]`
