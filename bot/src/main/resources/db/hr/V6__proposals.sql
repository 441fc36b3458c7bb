-- Proposals. Anyone may propose an item; it is stored with status 'proposed' and is not on the agenda (position 0,
-- outside every list, count and time slot) until a secretary approves it ('approved', with a position) or rejects
-- it ('rejected', with the reason). Items added directly are 'approved' from the start, as every item so far was.
-- origin_conversation is where the proposer asked from (with created_channel), so the outcome is told there.
alter table agenda_item add column status varchar(20) default 'approved' not null;
alter table agenda_item add column origin_conversation varchar(1000);
alter table agenda_item add column decided_by varchar(200);
alter table agenda_item add column decided_at timestamp with time zone;
alter table agenda_item add column decision_reason varchar(2000);

-- The chat conversations the bot can write to on its own (Teams needs the service URL of a conversation for a
-- proactive message), and which of them is a person's own chat with the bot: that is where a secretary is told
-- of a new proposal. A person's row goes with "privacy delete".
create table chat_conversation (
    channel         varchar(20)              not null,
    conversation_id varchar(1000)            not null,
    service_url     varchar(1000)            not null,
    personal_user   varchar(200),
    seen_at         timestamp with time zone not null,
    primary key (channel, conversation_id)
);

create index chat_conversation_user on chat_conversation (channel, personal_user);
