/** A task status as an archiver-like extension would store it. */
export const archived = { entity_id: 'dataset-1', entity_type: 'package', task_type: 'archiver', key: 'status', value: 'ok' }
