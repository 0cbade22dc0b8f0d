-- The sweep that ends plays nobody watches looks for running plays by when they were last touched.
create index plays_running on drills.plays (clock_at) where state = 'running';
