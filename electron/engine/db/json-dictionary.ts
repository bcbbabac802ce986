/**
 * The zstd dictionary that stored dataset dicts are compressed against
 * (packed-json.ts): the skeleton of a CKAN dataset dict, with its keys in the
 * order the package store wrote them when it was made (organization and groups
 * have since moved to the end) and the values most dicts repeat. A
 * dataset dict is a few KB, too little for zstd to learn its own keys from, so
 * without this every stored dict would carry them all again.
 *
 * Never edit this text: every row packed with it needs it, byte for byte, to
 * be read again (a test pins its digest). A better dictionary is a new one
 * beside it, under a new format byte in packed-json.ts.
 */
export const jsonDictionaryV1 =
  '{"key":"","value":""},{"display_name":"","id":"","name":"","state":"active","vocabulary_id":null}' +
  '{"datastore_active":false,"format":"CSV","mimetype":"text/csv","url_type":"upload","resource_type":"file.upload",' +
  '"size":0,"license_title":"Creative Commons Attribution","license_url":"http://www.opendefinition.org/licenses/cc-by",' +
  '"license_id":"cc-by","isopen":true,"extras":[],"type":"organization","is_organization":true,"approval_status":"approved",' +
  '"image_url":"","description":"","title":""}' +
  '{"author":"","author_email":"","creator_user_id":"","id":"","isopen":false,"license_id":"","license_title":"",' +
  '"maintainer":"","maintainer_email":null,"metadata_created":"2026-01-01T00:00:00.000000",' +
  '"metadata_modified":"2026-01-01T00:00:00.000000","name":"","notes":"","num_resources":1,"num_tags":1,' +
  '"organization":null,"owner_org":"","private":false,"state":"active","title":"","type":"dataset","url":"https://",' +
  '"version":"1.0","resources":[{"cache_last_updated":null,"cache_url":null,"created":"2026-01-01T00:00:00.000000",' +
  '"description":"","format":"","hash":"","id":"","last_modified":null,"metadata_modified":"2026-01-01T00:00:00.000000",' +
  '"mimetype":null,"mimetype_inner":null,"name":"","package_id":"","position":0,"resource_type":null,"size":null,' +
  '"state":"active","url":"https://","url_type":null}],"tags":[{"display_name":"","id":"","name":"","state":"active",' +
  '"vocabulary_id":null}],"extras":[{"key":"","value":""}],"groups":[],"relationships_as_subject":[],' +
  '"relationships_as_object":[]}'
