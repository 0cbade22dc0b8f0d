-- The learner's dashboard as dashboard.lua asks for it, rendered by the Thymeleaf templates: the app renders it
-- with jte, and serves the Thymeleaf rendering to a request with this header when it runs with
-- --ascent.bench.template-comparison=true (bench/run starts it so), so one run compares the two engines.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua"
require("common")
function init(args) load_learners(args[1]) end
function request()
  local l = pick()
  return wrk.format("GET", "/learn/" .. l.enrollment,
    { ["Cookie"] = "SESSION=" .. l.cookie, ["Accept"] = "text/html", ["X-Ascent-Engine"] = "thymeleaf" })
end
