/* bitext reading view: reading options, word popups, aligned-paragraph highlighting. No network. */
(() => {
  "use strict";
  const body = document.body;
  const main = document.querySelector("main");
  const popup = document.getElementById("popup");
  const data = JSON.parse(document.getElementById("bitext-data").textContent);
  const sheet = window.matchMedia("(max-width: 700px)");
  let current = null;
  let hideTimer = 0;

  /* -- reading options -------------------------------------------------- */
  const options = {
    pinyin: (input) => { body.dataset.pinyin = input.checked ? "on" : "off"; },
    tones: (input) => { body.dataset.tones = input.checked ? "on" : "off"; },
    script: (input) => { if (input.checked) setScript(input.value); },
    en: (input) => { if (input.checked) body.dataset.en = input.value; },
  };
  document.querySelectorAll("#controls input").forEach((input) => {
    const apply = options[input.name];
    input.addEventListener("change", () => apply(input));
    apply(input); // a browser may restore form state on reload
  });

  function setScript(script) {
    if (body.dataset.script === script) return;
    body.dataset.script = script;
    main.lang = script === "hant" ? "zh-Hant" : "zh-Hans";
    popup.lang = main.lang;
    document.querySelectorAll(".w[data-hans]").forEach((w) => setWordText(w, w.dataset[script]));
  }

  function setWordText(word, text) {
    const chars = Array.from(text);
    const rubies = word.querySelectorAll("ruby");
    if (rubies.length === chars.length) rubies.forEach((r, i) => { r.firstChild.nodeValue = chars[i]; });
    else if (rubies.length) rubies[0].firstChild.nodeValue = text;
  }

  /* -- popups ----------------------------------------------------------- */
  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const baseText = (node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    let text = "";
    while (walker.nextNode()) if (!walker.currentNode.parentElement.closest("rt")) text += walker.currentNode.nodeValue;
    return text.trim();
  };
  const reading = (node) => Array.from(node.querySelectorAll("rt"), (r) => r.textContent).filter(Boolean).join(" ");

  function fill(target) {
    popup.replaceChildren();
    const head = el("div", "pop-head");
    head.append(el("span", "pop-zh", baseText(target)));
    const py = reading(target);
    if (py) head.append(el("span", "pop-py", py));
    popup.append(head);
    const isName = target.classList.contains("name");
    if (isName) popup.append(nameBox(target));
    let pieces = data.dict[target.dataset.k] || [];
    if (isName && pieces.length > 1) pieces = []; // a transliterated name spelt out character by character says nothing
    for (const [piece, entries] of pieces) {
      if (pieces.length > 1) popup.append(el("div", "pop-piece", piece));
      if (!entries.length) popup.append(el("div", "pop-none", "not in CC-CEDICT"));
      for (const [trad, simp, cedictPinyin, senses] of entries) {
        const entry = el("div", "pop-entry");
        const line = el("div", "pop-entry-head");
        line.append(el("span", "pop-cedict-py", cedictPinyin));
        if (trad !== simp) line.append(el("span", "pop-alt", body.dataset.script === "hant" ? simp : trad));
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
      box.append(link);
      if (entry.zh && entry.zh !== baseText(name)) box.append(el("div", "pop-note", "glossary form: " + entry.zh));
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

  /* -- keyboard: Tab to a paragraph, arrows through its words, Enter to align */
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") { hide(); return; }
    const para = document.activeElement;
    if (!para || !para.classList || !para.classList.contains("para")) return;
    if ((ev.key === "Enter" || ev.key === " ") && para.dataset.align) {
      ev.preventDefault();
      highlight(para, current && para.contains(current) ? current.closest(".s[data-align]") : null);
    } else if (ev.key === "ArrowRight" || ev.key === "ArrowLeft") {
      const words = Array.from(para.querySelectorAll(".w"));
      if (!words.length) return;
      ev.preventDefault();
      const step = ev.key === "ArrowRight" ? 1 : -1;
      const at = words.indexOf(current);
      show(words[at < 0 ? (step > 0 ? 0 : words.length - 1) : Math.max(0, Math.min(words.length - 1, at + step))]);
    }
  });
  document.addEventListener("focusin", (ev) => { if (current && !ev.target.contains(current) && ev.target !== popup) hide(); });
})();
