-- Timeline entries keep their words and the mentions the bot resolved (a new role holder, an action's owner) apart:
-- chat_text holds the entry as segments (io.hikeshi.chat.StoredChatText), text the same as plain words for search
-- and export. Entries written before this column have only text, and it is shown as words, never read as mentions.
alter table timeline_entry add column chat_text varchar(8000);
