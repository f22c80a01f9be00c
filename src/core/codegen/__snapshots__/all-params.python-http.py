import os
import sys

import requests

api_key = os.environ.get("SIPPULSE_API_KEY")
if not api_key:
    sys.exit("Set the SIPPULSE_API_KEY environment variable.")

url = "https://api.sippulse.ai/v1/llms/completion"
headers = {
  "Content-Type": "application/json",
  "api-key": api_key,
}
body = {
  "model": "gpt-4o",
  "messages": [
    {
      "role": "system",
      "content": "Answer in JSON.",
    },
    {
      "role": "user",
      "content": [
        {
          "type": "text",
          "text": "What is in this picture?",
        },
        {
          "type": "image_url",
          "image_url": {
            "url": "https://example.com/cat.png",
            "detail": "low",
          },
        },
      ],
    },
  ],
  "temperature": 0.7,
  "top_p": 0.9,
  "top_k": 40,
  "max_tokens": 1024,
  "frequency_penalty": 0.5,
  "presence_penalty": -0.25,
  "seed": 42,
  "stop": ["END", "\n\n"],
  "reasoning_effort": "low",
  "response_format": {
    "type": "json_schema",
    "json_schema": {
      "name": "answer",
      "strict": True,
      "schema": {
        "type": "object",
        "properties": {
          "answer": {
            "type": "string",
          },
          "confidence": {
            "type": "number",
          },
        },
        "required": ["answer", "confidence"],
        "additionalProperties": False,
      },
    },
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
              "description": "City name",
            },
          },
          "required": ["city"],
        },
      },
    },
  ],
  "tool_choice": {
    "type": "function",
    "function": {
      "name": "get_weather",
    },
  },
  "parallel_tool_calls": False,
  "stream": False,
}

response = requests.post(url, headers=headers, json=body)
try:
    response.raise_for_status()
except requests.HTTPError:
    sys.exit(f"HTTP {response.status_code}: {response.text}")

message = response.json()["choices"][0]["message"]
if message.get("content") is not None:
    print(message["content"])
for call in message.get("tool_calls") or []:
    print(f"tool call: {call['function']['name']}({call['function']['arguments']})")
