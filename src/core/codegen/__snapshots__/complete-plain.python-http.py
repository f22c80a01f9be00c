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
  "prompt": "Once upon a time",
  "max_tokens": 64,
  "temperature": 0.7,
  "best_of": 2,
  "top_k": 40,
  "stream": False,
}

response = requests.post(url, headers=headers, json=body)
try:
    response.raise_for_status()
except requests.HTTPError:
    sys.exit(f"HTTP {response.status_code}: {response.text}")

print(response.json()["choices"][0]["text"])
