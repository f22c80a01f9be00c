# Reads the key from SIPPULSE_API_KEY.
curl -X POST 'https://api.sippulse.ai/v1/llms/completion' \
  -H 'Content-Type: application/json' \
  -H "api-key: $SIPPULSE_API_KEY" \
  --fail-with-body \
  --no-buffer \
  --data-raw '{
  "model": "gpt-4o-mini",
  "messages": [
    {
      "role": "system",
      "content": "Be brief."
    },
    {
      "role": "user",
      "content": "Name a colour."
    }
  ],
  "n": 2,
  "temperature": 1,
  "stream": true
}'
