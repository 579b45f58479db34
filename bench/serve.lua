-- wrk script for bench/serve.sh: POSTs the files given after `--` to
-- /api/check in turn, counts the answers by status, and prints one line.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  for _, path in ipairs(args) do
    local f = assert(io.open(path, "rb"))
    table.insert(bodies, f:read("*a"))
    f:close()
  end
  statuses = {}
  i = 0
end

function request()
  i = i % #bodies + 1
  return wrk.format("POST", "/api/check?name=bench.toml", { ["Content-Type"] = "application/toml" }, bodies[i])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do
      counts[k] = (counts[k] or 0) + v
    end
  end
  local parts = {}
  for k, v in pairs(counts) do
    table.insert(parts, k .. ":" .. v)
  end
  table.sort(parts)
  local e = summary.errors
  io.write(string.format("RESULT %d %.0f %.2f %.2f %d %s\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, table.concat(parts, ",")))
end
