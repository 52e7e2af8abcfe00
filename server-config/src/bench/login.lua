-- wrk script: every request signs in the benchmark user (credentials from the environment).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format('{"email":"%s","password":"%s","deviceName":"wrk"}', os.getenv("EMAIL"), os.getenv("PASSWORD"))
