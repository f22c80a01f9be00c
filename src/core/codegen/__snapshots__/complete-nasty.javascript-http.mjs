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
  stream: false,
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

const { choices } = await response.json();
console.log(choices[0].text);
