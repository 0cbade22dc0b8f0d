-- The weekly plan through the API: the pace engine over the learner's remaining work.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua"
require("common")
function init(args) load_learners(args[1]) end
function request()
  local l = pick()
  return wrk.format("GET", "/api/v1/enrollments/" .. l.enrollment .. "/plan",
    { ["Authorization"] = "Bearer asc_bench_" .. l.n, ["Accept"] = "application/json" })
end
