-- A channel's request id alone does not make a delivery: the CLI numbered its lines afresh in every run and
-- a web client may reuse an X-Request-Id, so the same id came with another command or from another person,
-- and was answered with the first one's item. A replay is now the same id with the same fingerprint (a hash
-- of who sent which command); the same id with another fingerprint is a new request.
--
-- The old column goes (and with it its unique constraint, whose name differs between H2 and PostgreSQL);
-- its ids are kept, without a fingerprint, so no old delivery is taken for a new one.
alter table agenda_change add column delivery_key varchar(300);
update agenda_change set delivery_key = request_key;
alter table agenda_change drop column request_key;
alter table agenda_change rename column delivery_key to request_key;
alter table agenda_change add column request_fingerprint varchar(64);
create unique index agenda_change_request on agenda_change (request_key, request_fingerprint);
