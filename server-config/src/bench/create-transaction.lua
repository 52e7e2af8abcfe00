-- wrk script: every request records a new card purchase with a varying amount, date and merchant.
-- With TOKENS_FILE (one access token per line) the requests take turns among those users, as 50 phones
-- would; without it they all go to the user of the -H Authorization header.
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
  local body = string.format(
    '{"amount":"-%d.%02d","currency":"USD","date":"2026-%02d-%02d","merchantName":"%s","categoryId":"%s","source":"api"}',
    1 + counter % 200, counter % 100, 1 + counter % 11, 1 + counter % 28, merchants[i], categories[i])
  return wrk.format("POST", nil, nil, body)
end
