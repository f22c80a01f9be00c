import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["SIPPULSE_API_KEY"],
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
