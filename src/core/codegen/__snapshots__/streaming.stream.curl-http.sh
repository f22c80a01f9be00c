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
      "content": "You are a helpful assistant."
    },
    {
      "role": "user",
      "content": "Hi!"
    },
    {
      "role": "assistant",
      "content": "Hello! How can I help?"
    },
    {
      "role": "user",
      "content": "Count to five, please."
    }
  ],
  "temperature": 0.2,
  "stream": true
}'
