// Node 18+, no dependencies. Run: node request.mjs
const url = "https://api.openai.com/v1/completions";
const apiKey = process.env.OPENAI_API_KEY;
if (!apiKey) {
  console.error("Set the OPENAI_API_KEY environment variable.");
  process.exit(1);
}

const body = {
  model: "gpt-3.5-turbo-instruct",
  prompt: "Once upon a time",
  max_tokens: 64,
  temperature: 0.7,
  best_of: 2,
  top_k: 40,
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
