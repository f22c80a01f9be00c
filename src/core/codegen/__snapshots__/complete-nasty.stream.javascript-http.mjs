// Node 18+, no dependencies. Run: node request.mjs
const url = "https://api.openai.com/v1/completions";
const apiKey = process.env.OPENAI_API_KEY;
if (!apiKey) {
  console.error("Set the OPENAI_API_KEY environment variable.");
  process.exit(1);
}

const body = {
  model: "gpt-3.5-turbo-instruct",
  prompt: "Prompt: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul \u003c/script>\u003c!-- \u2028 LS \u2029 PS end",
  suffix: "Suffix: It's \"quoted\" and 'single' \\ back\\slash \\n literal\nreal newline\ttab\r\n$HOME $(id) `whoami` ${x} %s {0} !! ' '' ''' \"\"\" \\'\\\" emoji 😀🧪 ção naïve 中文 עברית \u0000 nul \u003c/script>\u003c!-- \u2028 LS \u2029 PS end",
  stop: ["'''", "$HOME", "\u2028"],
  stream: true,
  stream_options: {
    include_usage: true,
  },
};

const response = await fetch(url, {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    "Authorization": "Bearer " + apiKey,
  },
  body: JSON.stringify(body),
});
if (!response.ok) {
  console.error(`HTTP ${response.status}: ${await response.text()}`);
  process.exit(1);
}

// Server-sent events: "data: {json}" lines, ending with "data: [DONE]".
const reader = response.body.getReader();
const decoder = new TextDecoder();
let buffer = "";
let finished = false;
while (!finished) {
  const { value, done } = await reader.read();
  finished = done;
  buffer += decoder.decode(value, { stream: !done });
  const lines = buffer.split(/\r\n|\r|\n/);
  buffer = done ? "" : lines.pop();
  for (const line of lines) {
    if (!line.startsWith("data:")) continue; // blank lines, ": comments" and other SSE fields
    const data = line.slice(5).trim();
    if (data === "[DONE]") {
      finished = true;
      break;
    }
    const chunk = JSON.parse(data);
    if (chunk.error) {
      console.error(`Stream error: ${JSON.stringify(chunk.error)}`);
      process.exit(1);
    }
    const text = chunk.choices?.[0]?.text; // usage-only chunks have no choices
    if (text) process.stdout.write(text);
  }
}
await reader.cancel();
process.stdout.write("\n");
