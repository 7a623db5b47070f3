-- BranchDesk schema, version 21: tags on a person of the people register (标签), as members have
-- them since version 9 (医护背景、志愿者 … separated by 、): a post that requires a tag, such as a
-- medical background, can then be served by a volunteer nurse who is not a member.
ALTER TABLE person ADD COLUMN tags VARCHAR(200);
