-- Unanswered questions belong to whoever asked them, by pseudonym, so that "privacy export" and "privacy
-- delete" reach them; personal data in them (CPR numbers, e-mail addresses, phone numbers) is replaced before
-- they are stored. The questions kept before this were stored as typed and cannot be tied to anyone, so they
-- are deleted (the retention would have removed them within 30 days).
delete from unanswered;
alter table unanswered add column user_hash varchar(64) not null;
create index unanswered_user_hash on unanswered (user_hash);

-- A deleted person's agenda records keep no author at all. The shared placeholder "slettet-bruger" was an id
-- anyone could send, so it could undo the deleted person's changes and export everyone's deleted records.
-- The request fingerprints (a hash of the user id and the command) go with the id.
alter table agenda_item alter column created_by drop not null;
alter table agenda_change alter column actor drop not null;
update agenda_item set created_by = null where created_by = 'slettet-bruger';
update agenda_change set actor = null, request_key = null, request_fingerprint = null where actor = 'slettet-bruger';
