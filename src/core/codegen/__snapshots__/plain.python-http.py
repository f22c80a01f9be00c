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
      "content": "You are an AI assistant specialized in space history.",
    },
    {
      "role": "user",
      "content": "Describe the Apollo 11 mission.",
    },
  ],
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
