/** CKAN's default license register, as license_list returns it in CKAN 2.10. */

/**
 * One license as CKAN's license_list serialises it.
 *
 * CKAN 2.10 renders every value as a string, the flags included ("True"/"False").
 */
export type License = {
  domain_content: string
  id: string
  domain_data: string
  domain_software: string
  family: string
  is_generic: string
  od_conformance: string
  osd_conformance: string
  maintainer: string
  status: string
  url: string
  title: string
}

/** CKAN's default licenses, in CKAN's order (ckan/model/license.py default list). */
export const licenses: readonly License[] = Object.freeze([
  {
    domain_content: 'False',
    id: 'notspecified',
    domain_data: 'False',
    domain_software: 'False',
    family: '',
    is_generic: 'True',
    od_conformance: 'not reviewed',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: '',
    title: 'License not specified',
  },
  {
    domain_content: 'False',
    id: 'odc-pddl',
    domain_data: 'True',
    domain_software: 'False',
    family: '',
    is_generic: 'False',
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: 'http://www.opendefinition.org/licenses/odc-pddl',
    title: 'Open Data Commons Public Domain Dedication and License (PDDL)',
  },
  {
    domain_content: 'False',
    id: 'odc-odbl',
    domain_data: 'True',
    domain_software: 'False',
    family: '',
    is_generic: 'False',
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: 'http://www.opendefinition.org/licenses/odc-odbl',
    title: 'Open Data Commons Open Database License (ODbL)',
  },
  {
    domain_content: 'False',
    id: 'odc-by',
    domain_data: 'True',
    domain_software: 'False',
    family: '',
    is_generic: 'False',
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: 'http://www.opendefinition.org/licenses/odc-by',
    title: 'Open Data Commons Attribution License',
  },
  {
    domain_content: 'True',
    id: 'cc-zero',
    domain_data: 'True',
    domain_software: 'False',
    family: '',
    is_generic: 'False',
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: 'http://www.opendefinition.org/licenses/cc-zero',
    title: 'Creative Commons CCZero',
  },
  {
    domain_content: 'False',
    id: 'cc-by',
    domain_data: 'False',
    domain_software: 'False',
    family: '',
    is_generic: 'False',
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: 'http://www.opendefinition.org/licenses/cc-by',
    title: 'Creative Commons Attribution',
  },
  {
    domain_content: 'True',
    id: 'cc-by-sa',
    domain_data: 'False',
    domain_software: 'False',
    family: '',
    is_generic: 'False',
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: 'http://www.opendefinition.org/licenses/cc-by-sa',
    title: 'Creative Commons Attribution Share-Alike',
  },
  {
    domain_content: 'True',
    id: 'gfdl',
    domain_data: 'False',
    domain_software: 'False',
    family: '',
    is_generic: 'False',
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: 'http://www.opendefinition.org/licenses/gfdl',
    title: 'GNU Free Documentation License',
  },
  {
    domain_content: 'True',
    id: 'other-open',
    domain_data: 'False',
    domain_software: 'False',
    family: '',
    is_generic: 'True',
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: '',
    title: 'Other (Open)',
  },
  {
    domain_content: 'True',
    id: 'other-pd',
    domain_data: 'False',
    domain_software: 'False',
    family: '',
    is_generic: 'True',
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: '',
    title: 'Other (Public Domain)',
  },
  {
    domain_content: 'True',
    id: 'other-at',
    domain_data: 'False',
    domain_software: 'False',
    family: '',
    is_generic: 'True',
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: '',
    title: 'Other (Attribution)',
  },
  {
    domain_content: 'True',
    id: 'uk-ogl',
    domain_data: 'False',
    domain_software: 'False',
    family: '',
    is_generic: 'False',
    od_conformance: 'approved',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    title: 'UK Open Government Licence (OGL)',
  },
  {
    domain_content: 'False',
    id: 'cc-nc',
    domain_data: 'False',
    domain_software: 'False',
    family: '',
    is_generic: 'False',
    od_conformance: 'not reviewed',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: 'http://creativecommons.org/licenses/by-nc/2.0/',
    title: 'Creative Commons Non-Commercial (Any)',
  },
  {
    domain_content: 'False',
    id: 'other-nc',
    domain_data: 'False',
    domain_software: 'False',
    family: '',
    is_generic: 'True',
    od_conformance: 'not reviewed',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: '',
    title: 'Other (Non-Commercial)',
  },
  {
    domain_content: 'False',
    id: 'other-closed',
    domain_data: 'False',
    domain_software: 'False',
    family: '',
    is_generic: 'True',
    od_conformance: 'not reviewed',
    osd_conformance: 'not reviewed',
    maintainer: '',
    status: 'active',
    url: '',
    title: 'Other (Not Open)',
  },
])

const byId = new Map(licenses.map((license) => [license.id, license]))

/** The license with this id, or undefined when CKAN's register has none. */
export function licenseById(id: string): License | undefined {
  return byId.get(id)
}

/**
 * Whether a license is open, as CKAN's License.isopen() decides.
 *
 * Mirrors ckan/model/license.py: open when either the Open Definition or the
 * Open Source Definition conformance is "approved"; unknown ids are not open.
 */
export function isOpenLicense(id: string | null | undefined): boolean {
  const license = id ? byId.get(id) : undefined
  if (!license) return false
  return license.od_conformance === 'approved' || license.osd_conformance === 'approved'
}
