-- The public roadmap page (the largest built-in roadmap).
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua"
require("common")
function init(args) end
function request()
  return wrk.format("GET", "/roadmaps/backend-growth-map", { ["Accept"] = "text/html" })
end
