# Reads the key from OPENAI_API_KEY.
curl -X POST 'https://api.openai.com/v1/completions' \
  -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  --fail-with-body \
  --no-buffer \
  --data-raw '{
  "model": "gpt-3.5-turbo-instruct",
  "prompt": "Prompt: It'\''s \"quoted\" and '\''single'\'' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! '\'' '\'''\'' '\'''\'''\'' \"\"\" \\'\''\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end",
  "suffix": "Suffix: It'\''s \"quoted\" and '\''single'\'' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! '\'' '\'''\'' '\'''\'''\'' \"\"\" \\'\''\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul </script><!-- \u2028 LS \u2029 PS end",
  "stop": [
    "'\'''\'''\''",
    "$HOME",
    "\u2028"
  ],
  "stream": true,
  "stream_options": {
    "include_usage": true
  }
}'
