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
  "model": "gpt-4o-mini",
  "messages": [
    {
      "role": "system",
      "content": "You are a helpful assistant.",
    },
    {
      "role": "user",
      "content": "Hi!",
    },
    {
      "role": "assistant",
      "content": "Hello! How can I help?",
    },
    {
      "role": "user",
      "content": "Count to five, please.",
    },
  ],
  "temperature": 0.2,
  "stream": True,
}

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
print()
