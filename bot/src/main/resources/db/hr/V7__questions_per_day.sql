-- How many questions each channel gets a day, and how many of them the documents answered: HR's view of use
-- (/admin). Counts only, with no user and no text, so nothing here is about a person and the retention does not
-- remove it; the month-long trend is the point.
create table question_day (
    asked_on  date        not null,
    channel   varchar(20) not null,
    answered  bigint      not null,
    not_found bigint      not null,
    primary key (asked_on, channel)
);
