-- The last question of each conversation, so that a follow-up ("og hvem leder den?") is understood on whichever
-- replica it lands. Keyed by a hash of the conversation id (which names channel, person or thread); the question
-- has its personal data replaced; rows older than the memory's expiry (minutes) are deleted as new ones come.
create table conversation_turn (
    conversation_key varchar(64)              not null primary key,
    question         varchar(4000)            not null,
    unit_name        varchar(500),
    asked_at         timestamp with time zone not null
);
create index conversation_turn_asked_at on conversation_turn (asked_at);
