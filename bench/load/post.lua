-- wrk: POSTs a scrape job of the sample product, keeping the ids of the jobs it created (one file per thread)
local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end
function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("LOAD_KEY")
  wrk.body = '{"url": "' .. os.getenv("LOAD_PRODUCT") .. '"}'
  created = io.open(os.getenv("LOAD_OUT") .. "/created-" .. id .. ".txt", "w")
  created:setvbuf("line") -- the thread is never told to close it: each id reaches the file as it comes
end
function response(status, headers, body)
  if status == 202 then
    local job = body:match('"id":"([^"]+)"')
    if job then created:write(job, "\n") end
  end
end
function done(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, socket errors %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
