import os
import sys

from openai import OpenAI

api_key = os.environ.get("SIPPULSE_API_KEY")
if not api_key:
    sys.exit("Set the SIPPULSE_API_KEY environment variable.")

client = OpenAI(
    api_key=api_key,
    base_url="https://api.sippulse.ai/v1/openai",
)
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

completion = client.chat.completions.create(**body)
message = completion.choices[0].message
if message.content is not None:
    print(message.content)
