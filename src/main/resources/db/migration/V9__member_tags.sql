-- BranchDesk schema, version 9: tags on a member (标签), as the office uses them: 退役军人,
-- 志愿者, 困难党员 … separated by 、 and searched like a name.
ALTER TABLE member ADD COLUMN tags VARCHAR(200);
