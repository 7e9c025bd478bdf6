-- 073_my_tasks.sql: Home's task list, the caller's open tasks. A view of
-- hearth.task_list with the caller's rights, so it shows no task the sharing
-- rules would not.
SET LOCAL ROLE hearth_owner;

CREATE VIEW hearth.my_task_list WITH (security_invoker = true) AS
	SELECT t.*
	FROM hearth.task_list t
	WHERE t.assigned_to = (SELECT hearth.current_user_id())
	  AND t.done_date IS NULL;

GRANT SELECT ON hearth.my_task_list TO hearth_user;
