-- A topic status change through the API (PUT with the version last read). Run with as many
-- threads as connections: each thread then has one connection, so each answer belongs to the
-- request just sent, and the version it returns is the one to send next for that learner.
-- Each thread works on its own learners, so threads never conflict with each other.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua"
require("common")
local mine, versions, statuses, last = {}, {}, {}, 1
function init(args)
  load_learners(args[1])
  local threads = tonumber(args[2])
  -- a few learners per thread, visited in turn: after the first round every version sent is the current one
  for i = tid, #learners, threads do
    if #mine < 25 then table.insert(mine, learners[i]) end
  end
end
function request()
  last = last % #mine + 1
  local l = mine[last]
  statuses[last] = (statuses[last] == "DONE") and "LEARNING" or "DONE"
  local body = string.format('{"status":"%s","version":%d}', statuses[last], versions[last] or -1)
  return wrk.format("PUT", "/api/v1/enrollments/" .. l.enrollment .. "/topics/" .. l.topic,
    { ["Authorization"] = "Bearer asc_bench_" .. l.n, ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end
function response(status, headers, body)
  local version = body:match('"version"%s*:%s*(%-?%d+)')
  if version then versions[last] = tonumber(version) end
end
