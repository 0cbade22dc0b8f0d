-- The API's progress read: every topic status of one enrolment, with the learner's token.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua"
require("common")
function init(args) load_learners(args[1]) end
function request()
  local l = pick()
  return wrk.format("GET", "/api/v1/enrollments/" .. l.enrollment .. "/topics",
    { ["Authorization"] = "Bearer asc_bench_" .. l.n, ["Accept"] = "application/json" })
end
