-- The framework's ceiling: the app's cheapest endpoint (liveness), same server, same filters.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua"
require("common")
function init(args) end
function request()
  return wrk.format("GET", "/actuator/health/liveness", { ["Accept"] = "application/json" })
end
