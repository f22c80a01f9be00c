# Reads the key from SIPPULSE_API_KEY.
curl -X POST 'https://api.sippulse.ai/v1/llms/completion' \
  -H 'Content-Type: application/json' \
  -H "api-key: $SIPPULSE_API_KEY" \
  --fail-with-body \
  --data-raw '{
  "model": "gpt-4o-mini",
  "messages": [
    {
      "role": "system",
      "content": "You are an AI assistant specialized in space history."
    },
    {
      "role": "user",
      "content": "Describe the Apollo 11 mission."
    }
  ],
  "stream": false
}'
