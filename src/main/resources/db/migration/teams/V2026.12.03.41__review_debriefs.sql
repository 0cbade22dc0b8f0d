-- A member may ask review of an incident drill's debrief too.
alter table teams.reviews drop constraint reviews_kind_check;
alter table teams.reviews add constraint reviews_kind_check check (kind in ('PROJECT', 'DECISION', 'ATTEMPT', 'CHECKPOINT', 'DEBRIEF'));
