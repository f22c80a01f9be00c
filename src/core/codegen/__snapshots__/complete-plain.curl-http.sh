# Reads the key from OPENAI_API_KEY.
curl -X POST 'https://api.openai.com/v1/completions' \
  -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  --fail-with-body \
  --data-raw '{
  "model": "gpt-3.5-turbo-instruct",
  "prompt": "Once upon a time",
  "max_tokens": 64,
  "temperature": 0.7,
  "best_of": 2,
  "top_k": 40,
  "stream": false
}'
