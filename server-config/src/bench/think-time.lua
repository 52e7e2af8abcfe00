-- wrk script: each connection is a client that waits THINK_MS (default 100) after every answer before it
-- asks again, like a phone whose user scrolls the list; the offered load then follows from the clients.
local think = tonumber(os.getenv("THINK_MS") or "100")
delay = function()
  return think
end
