-- wrk: GETs jobs by id, cycling through the ids the POST phase created
local ids = {}
function init(args)
  for line in io.lines(os.getenv("LOAD_IDS")) do table.insert(ids, line) end
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("LOAD_KEY")
  counter = 0
end
function request()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/jobs/" .. ids[(counter % #ids) + 1])
end
function done(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, socket errors %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
