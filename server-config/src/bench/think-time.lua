-- wrk script: each connection is an independent client that thinks for a random time after every answer
-- before it asks again (exponentially distributed, mean THINK_MS, default 100), like a phone whose user
-- scrolls the list. Random, not fixed: with a fixed pause, clients that start together stay in lockstep and
-- arrive as one burst every pause, which measures the burst rather than 50 clients.
local think = tonumber(os.getenv("THINK_MS") or "100")
function setup(thread)
  thread:set("seed", math.random(1, 1000000000))
end
function init(args)
  math.randomseed(seed)
end
delay = function()
  return math.floor(-think * math.log(1 - math.random()))
end
