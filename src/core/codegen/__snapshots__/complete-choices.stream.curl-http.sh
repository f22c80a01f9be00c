# Reads the key from OPENAI_API_KEY.
curl -X POST 'https://api.openai.com/v1/completions' \
  -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  --fail-with-body \
  --no-buffer \
  --data-raw '{
  "model": "gpt-3.5-turbo-instruct",
  "prompt": "A tagline for a bakery:",
  "n": 2,
  "echo": true,
  "logprobs": 1,
  "max_tokens": 16,
  "seed": 7,
  "stream": true,
  "stream_options": {
    "include_usage": true
  }
}'
