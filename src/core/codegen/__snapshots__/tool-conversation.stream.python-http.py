import json
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
      "content": "You can look up the weather.",
    },
    {
      "role": "user",
      "content": "What's the weather forecast in New York?",
    },
    {
      "role": "assistant",
      "content": None,
      "tool_calls": [
        {
          "id": "call_abc123",
          "type": "function",
          "function": {
            "name": "get_weather",
            "arguments": "{\"city\": \"New York\"}",
          },
        },
      ],
    },
    {
      "role": "tool",
      "tool_call_id": "call_abc123",
      "content": "{\"temperature\": 72, \"condition\": \"sunny\", \"humidity\": 45}",
    },
  ],
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
  "tool_choice": "auto",
  "stream": True,
}

tool_calls = {}
with requests.post(url, headers=headers, json=body, stream=True) as response:
    try:
        response.raise_for_status()
    except requests.HTTPError:
        sys.exit(f"HTTP {response.status_code}: {response.text}")
    # Server-sent events: "data: {json}" lines, ending with "data: [DONE]".
    for line in response.iter_lines():
        if not line.startswith(b"data:"):
            continue  # blank lines, ": comments" and other SSE fields
        data = line[5:].strip()
        if data == b"[DONE]":
            break
        chunk = json.loads(data)
        if chunk.get("error"):
            sys.exit(f"Stream error: {json.dumps(chunk['error'])}")
        if not chunk.get("choices"):
            continue  # e.g. a usage-only chunk
        delta = chunk["choices"][0].get("delta") or {}
        if delta.get("content"):
            print(delta["content"], end="", flush=True)
        for call in delta.get("tool_calls") or []:
            entry = tool_calls.setdefault(call.get("index", 0), {"name": "", "arguments": ""})
            function = call.get("function") or {}
            entry["name"] += function.get("name") or ""
            entry["arguments"] += function.get("arguments") or ""
print()
for entry in tool_calls.values():
    print(f"tool call: {entry['name']}({entry['arguments']})")
