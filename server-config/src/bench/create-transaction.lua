-- wrk script: every request records a new card purchase with a varying amount, date and merchant.
-- With TOKENS_FILE (one access token per line) the requests take turns among those users, as 50 phones
-- would; without it they all go to the user of the -H Authorization header. UNCATEGORIZED_EVERY=n leaves
-- every n-th purchase without a category, for the categorizer (default 0: all carry one, as in session 4's
-- runs). THINK_MS=n makes each connection a client that thinks between requests (think-time.lua).
if tonumber(os.getenv("THINK_MS") or "0") > 0 then
  dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "think-time.lua")
end
local uncategorized_every = tonumber(os.getenv("UNCATEGORIZED_EVERY") or "0")
local merchants = {"Blue Bottle Coffee", "Whole Foods Market", "Shell", "Uber", "Netflix", "Amazon"}
local categories = {"food_and_drink.coffee", "food_and_drink.groceries", "transportation.gas",
  "transportation.taxis_and_ride_shares", "entertainment.tv_and_movies", "general_merchandise.online_marketplaces"}
local tokens = {}
local tokens_file = os.getenv("TOKENS_FILE")
if tokens_file then
  for line in io.lines(tokens_file) do tokens[#tokens + 1] = line end
end
local counter = 0
-- set once on wrk.headers, which also hold the -H Authorization header; passing a header table to
-- wrk.format would replace them all
wrk.headers["Content-Type"] = "application/json"
request = function()
  counter = counter + 1
  local i = (counter % #merchants) + 1
  if #tokens > 0 then
    wrk.headers["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1]
  end
  local category = ""
  if uncategorized_every == 0 or counter % uncategorized_every ~= 0 then
    category = string.format(',"categoryId":"%s"', categories[i])
  end
  local body = string.format(
    '{"amount":"-%d.%02d","currency":"USD","date":"2026-%02d-%02d","merchantName":"%s"%s,"source":"api"}',
    1 + counter % 200, counter % 100, 1 + counter % 11, 1 + counter % 28, merchants[i], category)
  return wrk.format("POST", nil, nil, body)
end
