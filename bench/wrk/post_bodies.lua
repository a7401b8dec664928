-- wrk script: POST one JSON body per line of $WRK_BODIES to $WRK_PATH, each request with
-- its own Idempotency-Key; each thread starts at its own offset in the file so threads
-- send distinct bodies. $WRK_DELAY_MS paces every connection (a steady offered rate).
-- At the end prints one line "WRK_JSON {...}" with the figures bench/wrk.py reads.
local bodies = {}
local counter = 0
local path = os.getenv("WRK_PATH") or "/"
local auth = os.getenv("WRK_AUTH")
local prefix = os.getenv("WRK_KEY_PREFIX") or "wrk"
local delay_ms = tonumber(os.getenv("WRK_DELAY_MS") or "0")
local method = os.getenv("WRK_METHOD") or "POST"
local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_id", thread_count)
  table.insert(threads, thread)
end

function init(args)
  local file = os.getenv("WRK_BODIES")
  if file then
    for line in io.lines(file) do
      bodies[#bodies + 1] = line
    end
  end
  offset = (thread_id - 1) * math.floor(#bodies / 2)
end

function request()
  counter = counter + 1
  local headers = {}
  if auth then headers["Authorization"] = auth end
  if #bodies == 0 then
    return wrk.format(method, path, headers)
  end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = prefix .. "-" .. thread_id .. "-" .. counter
  local body = bodies[((offset + counter - 1) % #bodies) + 1]
  return wrk.format(method, path, headers, body)
end

function delay()
  return delay_ms
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "duration_us": %d, "status_errors": %d, "connect_errors": %d,'
      .. ' "read_errors": %d, "write_errors": %d, "timeouts": %d, "p50_us": %d, "p90_us": %d,'
      .. ' "p99_us": %d, "mean_us": %.1f, "max_us": %d}\n',
    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean,
    latency.max))
end
