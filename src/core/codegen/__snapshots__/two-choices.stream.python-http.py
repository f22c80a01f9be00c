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
      "content": "Be brief.",
    },
    {
      "role": "user",
      "content": "Name a colour.",
    },
  ],
  "n": 2,
  "temperature": 1,
  "stream": True,
}

# With n > 1 the choices' pieces arrive interleaved: collect them by index.
choices = {}
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
        for choice in chunk.get("choices") or []:  # none in a usage-only chunk
            entry = choices.setdefault(choice.get("index", 0), {"text": ""})
            delta = choice.get("delta") or {}
            entry["text"] += delta.get("content") or ""
for index, entry in sorted(choices.items()):
    print(f"Choice {index + 1}:")
    print(entry["text"])
