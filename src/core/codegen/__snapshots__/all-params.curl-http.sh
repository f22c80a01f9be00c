# Reads the key from SIPPULSE_API_KEY.
curl -X POST 'https://api.sippulse.ai/v1/llms/completion' \
  -H 'Content-Type: application/json' \
  -H "api-key: $SIPPULSE_API_KEY" \
  --fail-with-body \
  --data-raw '{
  "model": "gpt-4o",
  "messages": [
    {
      "role": "system",
      "content": "Answer in JSON."
    },
    {
      "role": "user",
      "content": [
        {
          "type": "text",
          "text": "What is in this picture?"
        },
        {
          "type": "image_url",
          "image_url": {
            "url": "https://example.com/cat.png",
            "detail": "low"
          }
        }
      ]
    }
  ],
  "temperature": 0.7,
  "top_p": 0.9,
  "top_k": 40,
  "max_tokens": 1024,
  "frequency_penalty": 0.5,
  "presence_penalty": -0.25,
  "seed": 42,
  "stop": [
    "END",
    "\n\n"
  ],
  "reasoning_effort": "low",
  "response_format": {
    "type": "json_schema",
    "json_schema": {
      "name": "answer",
      "strict": true,
      "schema": {
        "type": "object",
        "properties": {
          "answer": {
            "type": "string"
          },
          "confidence": {
            "type": "number"
          }
        },
        "required": [
          "answer",
          "confidence"
        ],
        "additionalProperties": false
      }
    }
  },
  "tools": [
    {
      "type": "function",
      "function": {
        "name": "get_weather",
        "description": "Gets the weather forecast for a city",
        "parameters": {
          "type": "object",
          "properties": {
            "city": {
              "type": "string",
              "description": "City name"
            }
          },
          "required": [
            "city"
          ]
        }
      }
    }
  ],
  "tool_choice": {
    "type": "function",
    "function": {
      "name": "get_weather"
    }
  },
  "parallel_tool_calls": false,
  "stream": false
}'
