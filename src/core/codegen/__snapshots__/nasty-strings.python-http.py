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
      "content": "System: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end",
    },
    {
      "role": "user",
      "content": "First: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end",
    },
    {
      "role": "assistant",
      "content": "Echo: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end",
    },
    {
      "role": "user",
      "content": "It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end",
    },
  ],
  "stop": ["'''", "\"\"\"", "`", "$HOME", "\u2028"],
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
