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
  "stream": False,
}

response = requests.post(url, headers=headers, json=body)
try:
    response.raise_for_status()
except requests.HTTPError:
    sys.exit(f"HTTP {response.status_code}: {response.text}")

for i, choice in enumerate(response.json()["choices"], 1):
    print(f"Choice {i}:")
    message = choice["message"]
    if message.get("content") is not None:
        print(message["content"])
