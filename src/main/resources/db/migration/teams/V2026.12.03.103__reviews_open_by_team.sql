-- The lead's overview counts each member's open review requests (waiting, or in discussion after changes were
-- requested) and the oldest of them, for the whole team in one read: this index holds only the open ones.
create index reviews_open_by_team on teams.reviews (team_id, member_id, requested_at) where state in ('OPEN', 'CHANGES_REQUESTED');
