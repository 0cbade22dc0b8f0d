-- Shared by the load scripts: reads the learner file given as the script's first argument
-- (lines: n enrollment-id topic-id session-cookie), and prints the result as one JSON line.
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

learners = {}

function load_learners(path)
  for line in io.lines(path) do
    local n, enrollment, topic, cookie = line:match("^(%S+)%s+(%S+)%s+(%S+)%s*(%S*)")
    if n then
      table.insert(learners, { n = n, enrollment = enrollment, topic = topic, cookie = cookie })
    end
  end
  math.randomseed(os.time() * 1000 + (tid or 0))
end

function pick()
  return learners[math.random(#learners)]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"seconds":%.3f,"rps":%.1f,"p50":%.3f,"p95":%.3f,"p99":%.3f,"max":%.3f,"errors":%d,"non2xx":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
