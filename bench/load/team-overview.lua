-- The lead's overview of a team of 200 learners, as the lead's signed-in browser asks for it.
-- The file given is one line: the team's id and the lead's session cookie.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua"
require("common")
local team, cookie
function init(args)
  for line in io.lines(args[1]) do
    team, cookie = line:match("^(%S+)%s+(%S+)")
    if team then break end
  end
end
function request()
  return wrk.format("GET", "/teams/" .. team .. "/overview", { ["Cookie"] = "SESSION=" .. cookie, ["Accept"] = "text/html" })
end
