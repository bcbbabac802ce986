-- organization_activity_list and group_activity_list now find a group's
-- datasets through their current organization and memberships, as CKAN does
-- (actions/activity/make-group-activity-list.ts), so a moved dataset's history
-- moves with it. The group ids each activity row kept from its writing are
-- no longer read.
ALTER TABLE activities DROP COLUMN group_ids;
