-- The learner's dashboard, as a signed-in browser asks for it.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua"
require("common")
function init(args) load_learners(args[1]) end
function request()
  local l = pick()
  return wrk.format("GET", "/learn/" .. l.enrollment, { ["Cookie"] = "SESSION=" .. l.cookie, ["Accept"] = "text/html" })
end
