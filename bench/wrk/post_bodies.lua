-- wrk script: POST one JSON body per line of $WRK_BODIES to $WRK_PATH, each request with
-- its own Idempotency-Key. The threads interleave from line $WRK_OFFSET (bench/wrk.py moves
-- it past what earlier runs sent), so no body is sent twice until the file wraps: a repeated
-- body would be a re-referral of the same child, which the service links and shows.
-- $WRK_DELAY_MS paces every connection (a steady offered rate): a fixed pause after each
-- answer, or with $WRK_ARRIVALS=poisson a random one of that mean (exponential), so the
-- connections send independently, as LAs' systems do, instead of falling into step.
-- At the end prints one line "WRK_JSON {...}" with the figures bench/wrk.py reads.
local bodies = {}
counter = 0  -- a global: done() reads each thread's count
local path = os.getenv("WRK_PATH") or "/"
local auth = os.getenv("WRK_AUTH")
local prefix = os.getenv("WRK_KEY_PREFIX") or "wrk"
local delay_ms = tonumber(os.getenv("WRK_DELAY_MS") or "0")
local method = os.getenv("WRK_METHOD") or "POST"
local arrivals = os.getenv("WRK_ARRIVALS") or "fixed"
local start = tonumber(os.getenv("WRK_OFFSET") or "0")
local stride = tonumber(os.getenv("WRK_THREADS") or "1")
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
  offset = start + thread_id - 1
  math.randomseed(7919 * thread_id)  -- the same pauses in every run
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
  local body = bodies[((offset + (counter - 1) * stride) % #bodies) + 1]
  return wrk.format(method, path, headers, body)
end

function delay()
  if arrivals == "poisson" and delay_ms > 0 then
    return math.floor(-math.log(1 - math.random()) * delay_ms + 0.5)
  end
  return delay_ms
end

function done(summary, latency, requests)
  local e = summary.errors
  local sent = 0
  for _, thread in ipairs(threads) do
    sent = math.max(sent, thread:get("counter") or 0)
  end
  io.write(string.format(
    'WRK_JSON {"requests": %d, "duration_us": %d, "status_errors": %d, "connect_errors": %d,'
      .. ' "read_errors": %d, "write_errors": %d, "timeouts": %d, "p50_us": %d, "p90_us": %d,'
      .. ' "p99_us": %d, "mean_us": %.1f, "max_us": %d, "next_offset": %d}\n',
    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean,
    latency.max, start + sent * stride))
end
