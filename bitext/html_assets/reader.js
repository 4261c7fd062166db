/* bitext reading view: reading options (remembered), word popups, listening, saved and known words,
   aligned-paragraph highlighting. No network: everything stays in this browser's local storage. */
(() => {
  "use strict";
  const body = document.body;
  const main = document.querySelector("main");
  const popup = document.getElementById("popup");
  const controls = document.getElementById("controls");
  const data = JSON.parse(document.getElementById("bitext-data").textContent);
  const sheet = window.matchMedia("(max-width: 700px)");
  let current = null;
  let hideTimer = 0;

  /* -- local storage (a browser may refuse it for files: then nothing is remembered) -- */
  const load = (key, fallback) => {
    try { return JSON.parse(localStorage.getItem(key)) || fallback; } catch (e) { return fallback; }
  };
  const store = (key, value) => { try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* not remembered */ } };

  /* -- reading options -------------------------------------------------- */
  const settings = load("bitext-settings", {});
  const valueOf = (input) => (input.type === "checkbox" ? (input.checked ? "on" : "off") : input.value);

  function apply(name, value) {
    if (name === "script") setScript(value);
    else body.dataset[name] = value;
  }

  for (const input of controls.elements) {
    if (!input.name) continue;
    const saved = settings[input.name];
    if (saved !== undefined) {
      if (input.type === "checkbox") input.checked = saved === "on";
      else if (input.type === "radio") input.checked = input.value === saved;
      else if (Array.from(input.options).some((o) => o.value === saved)) input.value = saved;
    }
    if (input.type !== "radio" || input.checked) apply(input.name, valueOf(input));
  }
  controls.addEventListener("change", (ev) => {
    const input = ev.target;
    if (!input.name || (input.type === "radio" && !input.checked)) return;
    apply(input.name, valueOf(input));
    settings[input.name] = valueOf(input);
    store("bitext-settings", settings);
  });
  controls.addEventListener("submit", (ev) => ev.preventDefault());

  function setScript(script) {
    if (body.dataset.script === script) return;
    body.dataset.script = script;
    main.lang = script === "hant" ? "zh-Hant" : "zh-Hans";
    document.querySelectorAll(".w[data-hans]").forEach((w) => setWordText(w, w.dataset[script]));
  }

  function setWordText(word, text) {
    const chars = Array.from(text);
    const rubies = word.querySelectorAll("ruby");
    if (rubies.length === chars.length) rubies.forEach((r, i) => { r.firstChild.nodeValue = chars[i]; });
    else if (rubies.length) rubies[0].firstChild.nodeValue = text;
  }

  /* -- known and saved words -------------------------------------------- */
  const known = new Set(load("bitext-known", []));
  const saved = load("bitext-saved", {});
  const wordsOf = (key) => document.querySelectorAll(`.w[data-k="${CSS.escape(key)}"]`);
  if (known.size) document.querySelectorAll(".w").forEach((w) => { if (known.has(w.dataset.k)) w.classList.add("known"); });

  const exportButton = document.getElementById("export");
  function countSaved() {
    const n = Object.keys(saved).length;
    document.getElementById("saved-count").textContent = n;
    exportButton.disabled = n === 0;
  }
  countSaved();

  // Anki's text import: tab-separated, one note per line, with its header lines
  const cell = (text) => {
    const flat = String(text).replace(/[\t\r\n]+/g, " ").trim();
    return /^[=+\-@]/.test(flat) ? "'" + flat : flat; // a spreadsheet must not read a formula
  };
  function savedWordsTsv() {
    const lines = ["#separator:tab", "#html:false", "#columns:Chinese\tPinyin\tEnglish\tSentence"];
    for (const key of Object.keys(saved).sort()) {
      const w = saved[key];
      lines.push([w.zh, w.py, w.en, w.sentence].map(cell).join("\t"));
    }
    return lines.join("\n") + "\n";
  }
  exportButton.addEventListener("click", () => {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([savedWordsTsv()], { type: "text/tab-separated-values;charset=utf-8" }));
    link.download = (data.doc || "bitext").replace(/\.[^.]*$/, "") + "-saved-words.txt";
    document.body.append(link);
    link.click();
    link.remove();
  });

  /* -- listening (Web Speech API) --------------------------------------- */
  const synth = window.speechSynthesis;
  const chineseVoice = () => {
    const voices = synth ? synth.getVoices().filter((v) => /^(zh|cmn)([-_]|$)/i.test(v.lang)) : [];
    return voices.find((v) => v.localService) || voices[0] || null;
  };
  const voicesReady = new Promise((resolve) => {
    if (!synth || synth.getVoices().length) { resolve(); return; }
    synth.addEventListener("voiceschanged", resolve, { once: true });
    setTimeout(resolve, 1500); // a browser with no voices at all never fires the event
  });
  async function speak(text, status) {
    status.textContent = "";
    if (!synth) { status.textContent = "This browser cannot read aloud (it has no speech synthesis)."; return; }
    await voicesReady;
    const voice = chineseVoice();
    if (!voice) {
      status.textContent = "No Chinese voice is installed on this device, so nothing can be read aloud. "
        + "Add a Chinese (Mandarin) voice in the system's speech or language settings, then reload this page.";
      return;
    }
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.8;
    synth.speak(utterance);
  }

  /* -- popups ----------------------------------------------------------- */
  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const zh = (node) => { node.lang = main.lang; return node; };
  const baseText = (node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    let text = "";
    while (walker.nextNode()) text += walker.currentNode.nodeValue;
    return text.trim();
  };
  const reading = (node) => Array.from(node.querySelectorAll("rt"), (r) => r.dataset.p).filter(Boolean).join(" ");

  function english(target) {
    const entry = target.classList.contains("name") && data.names[target.dataset.ref];
    if (entry) return entry.en;
    const pieces = data.dict[target.dataset.k] || [];
    return pieces.map(([, entries]) => (entries[0] ? entries[0][3].slice(0, 3).join("; ") : "")).filter(Boolean).join(" + ");
  }

  function button(label, cls, pressed) {
    const b = el("button", cls, label);
    b.type = "button";
    if (pressed !== undefined) b.setAttribute("aria-pressed", String(pressed));
    return b;
  }

  function actions(target) {
    const key = target.dataset.k;
    const row = el("div", "pop-actions");
    const status = el("p", "pop-status");
    status.setAttribute("role", "status");
    const sentence = target.closest(".s");
    const listen = button("▶ Listen", "pop-listen");
    listen.addEventListener("click", () => speak(baseText(target), status));
    row.append(listen);
    if (sentence) {
      const whole = button("▶ Sentence", "pop-listen-sentence");
      whole.addEventListener("click", () => speak(baseText(sentence), status));
      row.append(whole);
    }
    const star = button(saved[key] ? "★ Saved" : "☆ Save", "pop-save", Boolean(saved[key]));
    star.addEventListener("click", () => {
      if (saved[key]) delete saved[key];
      else saved[key] = { zh: baseText(target), py: reading(target), en: english(target), sentence: sentence ? baseText(sentence) : "" };
      store("bitext-saved", saved);
      star.textContent = saved[key] ? "★ Saved" : "☆ Save";
      star.setAttribute("aria-pressed", String(Boolean(saved[key])));
      countSaved();
    });
    const knows = button("Known: hide pinyin", "pop-known", known.has(key));
    knows.addEventListener("click", () => {
      if (known.has(key)) known.delete(key); else known.add(key);
      store("bitext-known", Array.from(known));
      const on = known.has(key);
      wordsOf(key).forEach((w) => w.classList.toggle("known", on));
      knows.setAttribute("aria-pressed", String(on));
    });
    row.append(star, knows);
    return [row, status];
  }

  function fill(target) {
    popup.replaceChildren();
    const head = el("div", "pop-head");
    head.append(zh(el("span", "pop-zh", baseText(target))));
    const py = reading(target);
    if (py) head.append(el("span", "pop-py", py));
    const band = (target.className.match(/\bh(\d)\b/) || [])[1];
    if (band) head.append(el("span", "pop-hsk", data.hsk[band]));
    popup.append(head, ...actions(target));
    const isName = target.classList.contains("name");
    if (isName) popup.append(nameBox(target));
    let pieces = data.dict[target.dataset.k] || [];
    if (isName && pieces.length > 1) pieces = []; // a transliterated name spelt out character by character says nothing
    for (const [piece, entries] of pieces) {
      if (pieces.length > 1) popup.append(zh(el("div", "pop-piece", piece)));
      if (!entries.length) popup.append(el("div", "pop-none", "not in CC-CEDICT"));
      for (const [trad, simp, cedictPinyin, senses] of entries) {
        const entry = el("div", "pop-entry");
        const line = el("div", "pop-entry-head");
        line.append(el("span", "pop-cedict-py", cedictPinyin));
        if (trad !== simp) line.append(zh(el("span", "pop-alt", body.dataset.script === "hant" ? simp : trad)));
        entry.append(line);
        const list = el("ol", "pop-senses");
        for (const sense of senses) list.append(el("li", undefined, sense));
        entry.append(list);
        popup.append(entry);
      }
    }
  }

  function nameBox(name) {
    const box = el("div", "pop-name");
    const entry = data.names[name.dataset.ref];
    if (entry) {
      box.append(el("strong", "pop-en", entry.en), el("span", "pop-type", " · " + entry.type));
      const link = el("a", undefined, "all names");
      link.href = "#n-" + name.dataset.ref;
      link.addEventListener("click", hide);
      box.append(link);
      if (entry.zh && entry.zh !== baseText(name)) {
        const note = el("div", "pop-note", "glossary form: ");
        note.append(zh(el("span", undefined, entry.zh)));
        box.append(note);
      }
      if (entry.note) box.append(el("div", "pop-note", entry.note));
    } else {
      box.append(el("span", "pop-type", name.dataset.type + " · not in the glossary"));
    }
    return box;
  }

  function place(target) {
    popup.hidden = false;
    popup.classList.toggle("sheet", sheet.matches);
    if (sheet.matches) { popup.style.left = popup.style.top = ""; return; }
    const r = target.getBoundingClientRect();
    const left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - popup.offsetWidth - 8));
    let top = r.bottom + 6;
    if (top + popup.offsetHeight > window.innerHeight - 8 && r.top - popup.offsetHeight - 6 > 8) top = r.top - popup.offsetHeight - 6;
    popup.style.left = left + window.scrollX + "px";
    popup.style.top = top + window.scrollY + "px";
  }

  function show(word) {
    clearTimeout(hideTimer);
    if (current === word && !popup.hidden) return;
    hide();
    current = word;
    word.classList.add("cur");
    const name = word.closest(".name");
    if (name) document.querySelectorAll(`.name[data-ref="${CSS.escape(name.dataset.ref)}"]`).forEach((n) => n.classList.add("same"));
    fill(name || word);
    place(name || word);
  }

  function hide() {
    clearTimeout(hideTimer);
    popup.hidden = true;
    if (current) current.classList.remove("cur");
    document.querySelectorAll(".name.same").forEach((n) => n.classList.remove("same"));
    current = null;
  }

  const hideSoon = () => { clearTimeout(hideTimer); hideTimer = setTimeout(hide, 350); };
  main.addEventListener("mouseover", (ev) => { const w = ev.target.closest(".w"); if (w) show(w); });
  main.addEventListener("mouseout", (ev) => {
    const w = ev.target.closest(".w");
    if (w && !w.contains(ev.relatedTarget)) hideSoon();
  });
  popup.addEventListener("mouseenter", () => clearTimeout(hideTimer));
  popup.addEventListener("mouseleave", hideSoon);

  /* -- alignment -------------------------------------------------------- */
  const byId = (id) => document.getElementById(id);
  const aligned = (node) => (node.dataset.align || "").split(" ").filter(Boolean).map(byId).filter(Boolean);

  function highlight(para, sentence) {
    document.querySelectorAll(".hl, .hl-s").forEach((n) => n.classList.remove("hl", "hl-s"));
    para.classList.add("hl");
    const pairs = aligned(para);
    pairs.forEach((n) => n.classList.add("hl"));
    if (sentence) {
      sentence.classList.add("hl-s");
      // the whole unit: its counterparts, and their counterparts (the other sentences of an n-m unit)
      for (const other of aligned(sentence)) {
        other.classList.add("hl-s");
        aligned(other).forEach((n) => n.classList.add("hl-s"));
      }
    }
    const pair = pairs[0];
    if (pair && pair.offsetParent !== null) pair.scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("click", (ev) => {
    if (ev.target.closest("#popup, .toolbar")) return;
    const word = ev.target.closest(".w");
    if (word) show(word);
    else hide();
    const para = ev.target.closest(".para[data-align]");
    if (para) highlight(para, ev.target.closest(".s[data-align]"));
  });

  /* -- keyboard: Tab to a paragraph, arrows through its words, Enter to align (and show hidden English) */
  let returnTo = null; // the paragraph to go back to from the popup's buttons
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") {
      const inPopup = popup.contains(document.activeElement);
      hide();
      if (inPopup && returnTo) returnTo.focus();
      return;
    }
    const para = document.activeElement;
    if (!para || !para.classList || !para.classList.contains("para")) return;
    if (ev.key === "ArrowDown" && current && !popup.hidden && para.contains(current)) {
      ev.preventDefault(); // into the popup: Listen, Save, Known
      returnTo = para;
      popup.querySelector("button").focus();
      return;
    }
    if (ev.key === "Enter" && para.dataset.align) {
      ev.preventDefault();
      highlight(para, current && para.contains(current) ? current.closest(".s[data-align]") : null);
      if (body.dataset.en === "none") aligned(para).forEach((n) => n.classList.toggle("open"));
    } else if (ev.key === "ArrowRight" || ev.key === "ArrowLeft") {
      const words = Array.from(para.querySelectorAll(".w"));
      if (!words.length) return;
      ev.preventDefault();
      const step = ev.key === "ArrowRight" ? 1 : -1;
      const at = words.indexOf(current);
      show(words[at < 0 ? (step > 0 ? 0 : words.length - 1) : Math.max(0, Math.min(words.length - 1, at + step))]);
    }
  });
  document.addEventListener("focusin", (ev) => {
    if (current && !ev.target.contains(current) && !popup.contains(ev.target)) hide();
  });
})();
