-- A member may withdraw a review request that still waits for a mentor: it leaves the queue, its thread is kept
-- and closed ("withdrawn by the member on ..." from decided_at), and the item can be asked again (the one-open
-- index covers OPEN and CHANGES_REQUESTED only).
alter table teams.reviews drop constraint reviews_state_check;
alter table teams.reviews add constraint reviews_state_check
    check (state in ('OPEN', 'CHANGES_REQUESTED', 'APPROVED', 'SIGNED_OFF', 'DECLINED', 'WITHDRAWN'));
