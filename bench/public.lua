-- ./vinculo bench-public: cookie-less GETs that rotate over the public addresses in BENCH_PATHS (space-separated),
-- BENCH_LIMIT requests in all (split over wrk's threads), counting answers that set a session cookie. wrk keeps
-- no cookies, so every request is a new visitor, as a crawler is. One machine-readable line, like report.lua's.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do
    table.insert(paths, p)
  end
  limit = tonumber(os.getenv("BENCH_LIMIT") or "0") / tonumber(os.getenv("BENCH_THREADS") or "1")
  sent = 0
  answered = 0
  cookies = 0
end

function request()
  sent = sent + 1
  return wrk.format("GET", paths[(sent % #paths) + 1], { ["Accept-Language"] = "es-MX" })
end

function response(status, headers, body)
  answered = answered + 1
  for name, value in pairs(headers) do
    if string.lower(name) == "set-cookie" and string.find(value, "JSESSIONID", 1, true) then
      cookies = cookies + 1
    end
  end
  if limit > 0 and answered >= limit then
    wrk.thread:stop()
  end
end

done = function(summary, latency, requests)
  local c = 0
  for _, t in ipairs(threads) do
    c = c + (t:get("cookies") or 0)
  end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors, c))
end
