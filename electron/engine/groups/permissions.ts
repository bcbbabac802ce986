/**
 * CKAN's role → permission table (ckan/authz.py ROLE_PERMISSIONS), for the
 * actions that ask "which groups can this user do X in?".
 */

const rolePermissions: Record<string, string[]> = {
  admin: ['admin', 'membership'],
  editor: ['read', 'delete_dataset', 'create_dataset', 'update_dataset', 'manage_group'],
  member: ['read', 'manage_group'],
}

/** Mirrors get_roles_with_permission: admins hold every permission. */
export function rolesWithPermission(permission: string): string[] {
  return Object.keys(rolePermissions).filter((role) => {
    const held = rolePermissions[role]
    return held.includes(permission) || held.includes('admin')
  })
}
