// The web chat page: sends each question to the bot and shows the cited answer.
(() => {
  const log = document.getElementById("log");
  const form = document.getElementById("ask");
  const input = document.getElementById("text");
  const send = document.getElementById("send");
  const region = document.getElementById("region");
  const role = document.getElementById("role");
  const demo = document.body.dataset.mode === "demo";
  const sessionId = Math.random().toString(36).slice(2);
  let counter = 0;

  // In the demo the page chooses a fictional person; signed in, the server knows who you are.
  for (const el of document.querySelectorAll(".demo-only")) el.hidden = !demo;
  const saved = JSON.parse(localStorage.getItem("convenantbot") || "{}");
  fetch("/api/web/settings")
    .then((r) => r.json())
    .then((s) => {
      for (const r of s.regions) region.add(new Option(r.name, r.id));
      if (s.person) {
        const me = document.getElementById("me");
        me.textContent = `${s.person.name} (${s.person.roles.join(", ")})`;
        me.hidden = false;
        document.getElementById("logout").hidden = false;
        if (s.person.region) region.value = s.person.region;
      }
      if (saved.region) region.value = saved.region;
      if (saved.role && demo) role.value = saved.role;
    });
  document.getElementById("logout").addEventListener("click", async () => {
    await fetch("/api/web/logout", { method: "POST", headers: { "content-type": "application/json" } });
    location.reload();
  });
  const who = () => (demo ? { role: role.value } : {});
  const remember = () =>
    localStorage.setItem("convenantbot", JSON.stringify({ region: region.value, role: role.value }));
  region.addEventListener("change", remember);
  role.addEventListener("change", remember);

  function bubble(kind) {
    const div = document.createElement("div");
    div.className = `msg ${kind}`;
    log.appendChild(div);
    div.scrollIntoView({ behavior: "smooth", block: "end" });
    return div;
  }

  function showReply(reply) {
    const div = bubble("bot");
    if (!reply) {
      div.textContent = "(geen antwoord)";
      return;
    }
    if (reply.answered === false) div.classList.add("unanswered");
    // The citation lines are shown as chips below; the rest is the answer text.
    const lines = reply.text.split("\n").filter((l) => !/^(Bron|Bronnen|Source|Sources): /.test(l));
    const text = document.createElement("div");
    text.className = "text";
    // Chat text marks *bold* the way Slack and WhatsApp do; everything else stays plain text.
    for (const [i, part] of lines
      .join("\n")
      .split(/\*([^*\n]+)\*/)
      .entries()) {
      if (i % 2) text.appendChild(document.createElement("strong")).textContent = part;
      else text.appendChild(document.createTextNode(part));
    }
    div.appendChild(text);
    if (reply.sources.length) {
      const box = document.createElement("div");
      box.className = "sources";
      box.setAttribute("aria-label", "Bronnen");
      for (const s of reply.sources) {
        const chip = document.createElement("span");
        chip.className = "source";
        const where =
          s.covenant === "guidance"
            ? "Algemene richtlijn"
            : (region.querySelector(`option[value="${s.covenant}"]`)?.textContent ?? s.covenant);
        chip.textContent = `${where} · ${s.ref}`;
        chip.title = s.title;
        box.appendChild(chip);
      }
      div.appendChild(box);
    }
    const actions = document.createElement("div");
    actions.className = "actions";
    for (const option of reply.options) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = option;
      b.addEventListener("click", () => ask(`${lastQuestion} (${option})`.replace(/\s+/g, " ")));
      actions.appendChild(b);
    }
    for (const button of reply.buttons) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = button.label;
      b.addEventListener("click", async () => {
        for (const x of actions.querySelectorAll("button")) x.disabled = true;
        const r = await post("/api/web/clicks", { ...who(), value: button.value });
        if (r.reply) showReply(r.reply);
      });
      actions.appendChild(b);
    }
    if (actions.children.length) div.appendChild(actions);
    div.scrollIntoView({ behavior: "smooth", block: "end" });
  }

  async function post(url, body) {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const data = await res.json();
    if (!res.ok) throw new Error(data.error || res.statusText);
    return data;
  }

  let lastQuestion = "";
  async function ask(text) {
    if (!text.trim()) return;
    lastQuestion = text;
    bubble("user").textContent = text;
    send.disabled = true;
    try {
      const data = await post("/api/web/messages", {
        id: `${sessionId}-${++counter}`,
        ...who(),
        region: region.value || null,
        text,
      });
      showReply(data.reply);
    } catch (e) {
      const div = bubble("bot");
      div.classList.add("unanswered");
      div.textContent = `Er ging iets mis: ${e.message}`;
    } finally {
      send.disabled = false;
      input.focus();
    }
  }

  // Messages the bot sends on its own (alerts, reminders, reports) are fetched every few seconds.
  let after = -1;
  async function poll() {
    try {
      const query = new URLSearchParams({ after: String(Math.max(0, after)), ...who() });
      const res = await fetch(`/api/web/inbox?${query}`);
      const data = await res.json();
      if (after >= 0)
        for (const m of data.messages) {
          showReply({ text: m.text, sources: [], options: [], buttons: m.buttons ?? [] });
          log.lastElementChild?.classList.add("pushed");
        }
      after = data.last;
    } catch {
      // The next poll tries again.
    }
  }
  poll();
  setInterval(poll, 3000);

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value;
    input.value = "";
    ask(text);
  });
  for (const s of document.querySelectorAll(".suggestion"))
    s.addEventListener("click", () => ask(s.textContent));
})();
