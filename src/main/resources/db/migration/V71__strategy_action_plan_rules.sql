-- The action plan's rules that the V70 tables cannot state as column checks: figures are never
-- negative; a typed value belongs only to an indicator that is not linked to a measure, and a
-- percentage is at most 100; an action serves only aims of its own strategy.

alter table action_kpi add constraint action_kpi_figures_not_negative
	check (coalesce(baseline_value, 0) >= 0 and coalesce(target_value, 0) >= 0);

alter table action_kpi_reading add constraint action_kpi_reading_not_negative check (value >= 0);

create function action_kpi_reading_is_typed() returns trigger language plpgsql as $$
declare
	kpi action_kpi;
begin
	select * into kpi from action_kpi where id = new.kpi_id;
	if kpi.measure_key is not null then
		raise exception 'A linked indicator takes its figures from its measure' using errcode = 'check_violation';
	end if;
	if kpi.unit = 'PERCENT' and new.value > 100 then
		raise exception 'A percentage cannot be more than 100' using errcode = 'check_violation';
	end if;
	return new;
end $$;

create trigger action_kpi_reading_is_typed before insert or update on action_kpi_reading
	for each row execute function action_kpi_reading_is_typed();

create function action_item_aim_of_its_strategy() returns trigger language plpgsql as $$
begin
	if not exists (
		select 1 from action_item i
		join strategy_priority ip on ip.id = i.priority_id
		join strategy_aim a on a.id = new.aim_id
		join strategy_priority ap on ap.id = a.priority_id
		where i.id = new.item_id and ip.strategy_id = ap.strategy_id) then
		raise exception 'An action serves only aims of its own strategy' using errcode = 'check_violation';
	end if;
	return new;
end $$;

create trigger action_item_aim_of_its_strategy before insert or update on action_item_aim
	for each row execute function action_item_aim_of_its_strategy();
