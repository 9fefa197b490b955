-- wrk's report for ./vinculo bench: one machine-readable line per run (the launcher formats the table).
-- Latencies in milliseconds; "errors" counts failed connections, timeouts and answers with status >= 400.
-- A bearer token, when the launcher gives one, goes on every request.
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
-- The signed-in pages' session cookie ("Cookie: JSESSIONID=…").
local header = os.getenv("BENCH_HEADER")
if header and header ~= "" then
  local name, value = header:match("^([^:]+):%s*(.*)$")
  wrk.headers[name] = value
end
wrk.headers["Accept-Language"] = "es-MX"

done = function(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors))
end
