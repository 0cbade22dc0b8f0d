-- Imports were recorded as DATA_EXPORTED with a note; they are their own kind of event now.
update accounts.audit_events set type = 'DATA_IMPORTED', detail = 'from an export file'
where type = 'DATA_EXPORTED' and detail = 'data imported from an export file';
