import os
import sys

import requests

api_key = os.environ.get("OPENAI_API_KEY")
if not api_key:
    sys.exit("Set the OPENAI_API_KEY environment variable.")

url = "https://api.openai.com/v1/completions"
headers = {
  "Content-Type": "application/json",
  "Authorization": "Bearer " + api_key,
}
body = {
  "model": "gpt-3.5-turbo-instruct",
  "prompt": "A tagline for a bakery:",
  "n": 2,
  "echo": True,
  "logprobs": 1,
  "max_tokens": 16,
  "seed": 7,
  "stream": False,
}

response = requests.post(url, headers=headers, json=body)
try:
    response.raise_for_status()
except requests.HTTPError:
    sys.exit(f"HTTP {response.status_code}: {response.text}")

for i, choice in enumerate(response.json()["choices"], 1):
    print(f"Choice {i}:")
    print(choice["text"])
