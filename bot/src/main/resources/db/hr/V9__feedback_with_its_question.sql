-- 👎 with the question and the reply that got it (/admin), so that HR sees what went wrong, not only that something did.
-- Each answer that offers 👍/👎 is kept under an id of its own (random, given to the channel with the reply), with the
-- question and an excerpt of the reply, personal data replaced, by the asker's pseudonym; a press on 👍/👎 sends the id
-- back, and the feedback row copies the pair, so nothing a client sends is stored as text. Answers are deleted after the
-- feedback window (days) as new ones come, and with the retention, export and deletion like all records about people.
create table answered_reply (
    reply_id      varchar(36)              not null primary key,
    user_hash     varchar(64)              not null,
    channel       varchar(20)              not null,
    question      varchar(1000)            not null,
    reply_excerpt varchar(1000)            not null,
    answered_at   timestamp with time zone not null
);
create index answered_reply_answered_at on answered_reply (answered_at);
create index answered_reply_user_hash on answered_reply (user_hash);

alter table feedback add column question varchar(1000);
alter table feedback add column reply_excerpt varchar(1000);
