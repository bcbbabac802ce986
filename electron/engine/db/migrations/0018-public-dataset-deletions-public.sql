-- A public dataset's 'deleted package' activity is public since this version, as in
-- CKAN 2.10 (auth/roles.ts activityLabels); rows recorded before were labelled for
-- the organization's members (or the creator) like the deleted dataset itself. The
-- dataset's row tells whether it was public; a purged dataset's rows stay as they are.
UPDATE activities SET permission_labels = 'public'
WHERE activity_type = 'deleted package' AND permission_labels != 'public'
  AND object_id IN (SELECT id FROM packages WHERE private = 0);
