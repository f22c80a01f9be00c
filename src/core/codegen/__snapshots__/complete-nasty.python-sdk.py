import os
import sys

from openai import OpenAI

api_key = os.environ.get("OPENAI_API_KEY")
if not api_key:
    sys.exit("Set the OPENAI_API_KEY environment variable.")

client = OpenAI(
    api_key=api_key,
    base_url="https://api.openai.com/v1",
)
body = {
  "model": "gpt-3.5-turbo-instruct",
  "prompt": "Prompt: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end",
  "suffix": "Suffix: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end",
  "stop": ["'''", "$HOME", "\u2028"],
  "stream": False,
}

completion = client.completions.create(**body)
print(completion.choices[0].text)
