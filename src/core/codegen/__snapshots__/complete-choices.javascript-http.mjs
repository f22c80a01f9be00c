// Node 18+, no dependencies. Run: node request.mjs
const url = "https://api.openai.com/v1/completions";
const apiKey = process.env.OPENAI_API_KEY;
if (!apiKey) {
  console.error("Set the OPENAI_API_KEY environment variable.");
  process.exit(1);
}

const body = {
  model: "gpt-3.5-turbo-instruct",
  prompt: "A tagline for a bakery:",
  n: 2,
  echo: true,
  logprobs: 1,
  max_tokens: 16,
  seed: 7,
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
for (const [i, choice] of choices.entries()) {
  console.log(`Choice ${i + 1}:`);
  console.log(choice.text);
}
