// whatcauses page: talks only to this server's JSON API; no libraries, works offline.
//
// The page state lives in the URL (?q=question&p=present ids&x=excluded ids&g=id|id for each
// "any of" group) so that a link reproduces the view and the back button undoes a step. p/x/g
// are written only once the user changes the findings; until then the findings are the
// question's interpretation (and its age, sex and disease category stay in force).
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const el = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  };

  const labels = new Map(); // HPO id -> label, learned from every response
  let lastAsk = null; // {q, top, data} of the last answered question
  let shown = null; // the state currently rendered (URL query string)
  let generation = 0; // drops responses of superseded requests

  // ---- state <-> URL ----

  const splitIds = (value) => (value ? value.split(",").map((s) => s.trim()).filter(Boolean) : []);

  function readState() {
    const params = new URLSearchParams(location.search);
    const hasFindings = params.has("p") || params.has("x") || params.has("g");
    return {
      q: params.get("q") || "",
      present: splitIds(params.get("p")),
      excluded: splitIds(params.get("x")),
      groups: params.getAll("g").map((g) => g.split("|").filter(Boolean)).filter((g) => g.length),
      explicit: hasFindings,
    };
  }

  function queryString(state) {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    if (state.explicit) {
      params.set("p", state.present.join(","));
      params.set("x", state.excluded.join(","));
      for (const group of state.groups) params.append("g", group.join("|"));
    }
    const text = params.toString();
    return text ? `?${text}` : location.pathname;
  }

  function go(state) {
    const url = queryString(state);
    history.pushState(null, "", url);
    render(readState());
  }

  // ---- API ----

  async function api(path, options = {}) {
    const response = await fetch(path, {
      headers: { Accept: "application/json", ...(options.body ? { "Content-Type": "application/json" } : {}) },
      ...options,
    });
    let payload = null;
    try {
      payload = await response.json();
    } catch {
      throw new Error(`the server answered ${response.status} without JSON`);
    }
    if (!response.ok) {
      const message = payload && payload.error ? payload.error.message : `HTTP ${response.status}`;
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return payload;
  }

  function setStatus(text, isError = false) {
    const status = $("status");
    status.textContent = text;
    status.classList.toggle("error", isError);
  }

  // ---- interpretation of a question: tolerant of ids as strings or {id,label} objects ----

  function learn(item) {
    // A recognised finding: {id, label, ids: [...], labels: [...], negated, ...}.
    const ids = item.ids || [item.id];
    const names = item.labels || [item.label];
    ids.forEach((id, i) => { if (id && names[i]) labels.set(id, names[i]); });
    return ids;
  }

  function interpretedFindings(ask) {
    const meaning = (ask && ask.interpretation) || {};
    const present = [];
    const excluded = [];
    const groups = [];
    for (const item of meaning.findings || []) {
      const ids = learn(item);
      const target = item.negated ? excluded : present;
      if (ids[0] && !target.includes(ids[0])) target.push(ids[0]);
    }
    for (const item of meaning.or_groups || []) groups.push(learn(item));
    return { present, excluded, groups };
  }

  function context(ask) {
    // What a question says besides its findings; a re-rank keeps it.
    const meaning = (ask && ask.interpretation) || {};
    return {
      age: typeof meaning.age === "number" ? meaning.age : null,
      sex: meaning.sex === "male" || meaning.sex === "female" ? meaning.sex : null,
      categories: meaning.categories || [],
    };
  }

  function learnLabels(candidates) {
    for (const c of candidates || []) {
      for (const e of c.evidence || []) if (e.hpo_id && e.label) labels.set(e.hpo_id, e.label);
    }
  }

  // ---- rendering ----

  async function render(state) {
    const key = queryString(state);
    if (key === shown) return; // e.g. only the #fragment changed
    shown = key;
    const mine = ++generation;
    $("question").value = state.q;
    document.title = state.q ? `${state.q} - whatcauses` : "whatcauses";
    setStatus(state.q || state.present.length || state.excluded.length ? "Working…" : "");
    $("results").setAttribute("aria-busy", "true");
    try {
      let ask = null;
      if (state.q) {
        if (!lastAsk || lastAsk.q !== state.q) {
          const data = await api(`/api/ask?q=${encodeURIComponent(state.q)}&top=10`);
          lastAsk = { q: state.q, data };
        }
        ask = lastAsk.data;
        learnLabels(ask.candidates);
      }
      if (mine !== generation) return;
      const interpreted = interpretedFindings(ask);
      const findings = state.explicit ? state : interpreted;
      const changed = Boolean(ask) && state.explicit && !sameFindings(state, interpreted);
      let candidates = ask ? ask.candidates : [];
      let release = ask ? ask.data_release : null;
      if (!ask || changed) {
        if (countOf(findings)) {
          const ranking = await api("/api/rank?top=10", {
            method: "POST",
            body: JSON.stringify({
              present: findings.present, excluded: findings.excluded, or_groups: findings.groups,
              ...context(ask),
            }),
          });
          if (mine !== generation) return;
          candidates = ranking.candidates;
          release = ranking.data_release;
          learnLabels(candidates);
        } else {
          candidates = [];
        }
      }
      if (mine !== generation) return;
      renderChips(state, findings);
      renderContext(ask);
      renderAsk(ask, changed);
      renderNext(ask, state, findings);
      renderCandidates(candidates);
      if (release) $("data-release").textContent = release;
      setStatus(summary(ask, candidates, findings));
    } catch (error) {
      if (mine !== generation) return;
      shown = null; // let a retry of the same URL run again
      setStatus(`Sorry: ${error.message}`, true);
    } finally {
      if (mine === generation) $("results").removeAttribute("aria-busy");
    }
  }

  function sameFindings(a, b) {
    const norm = (list) => [...list].sort().join(",");
    const groups = (list) => list.map((g) => g.join("|")).sort().join(",");
    return norm(a.present) === norm(b.present) && norm(a.excluded) === norm(b.excluded)
      && groups(a.groups) === groups(b.groups);
  }

  const countOf = (f) => f.present.length + f.excluded.length + f.groups.length;

  function summary(ask, candidates, findings) {
    const n = countOf(findings);
    if (!n && !ask) return "";
    if (!candidates.length) return n ? "No candidates for these findings." : "No findings were recognised in the question; add some below.";
    return `${candidates.length} candidates ranked on ${n} finding${n === 1 ? "" : "s"}.`;
  }

  function labelOf(id) {
    return labels.get(id) || id;
  }

  function renderChips(state, findings) {
    const list = $("chips");
    list.replaceChildren();
    const make = (id, excluded, group = null) => {
      const label = group ? group.map(labelOf).join(" or ") : labelOf(id);
      const flipTo = excluded ? "present" : "absent";
      return el("li", { class: `chip ${excluded ? "excluded" : "present"}`, "data-id": id },
        el("span", { class: "kind", text: excluded ? "absent" : group ? "any of" : "present" }),
        el("span", { class: "label", text: label }),
        el("span", { class: "id", text: group ? group.join(" | ") : id }),
        el("button", {
          type: "button", class: "small flip", "aria-label": `Mark ${label} as ${flipTo}`,
          title: `Mark as ${flipTo}`, text: "⇄",
          onclick: () => changeFindings(findings, { flip: id }),
        }),
        el("button", {
          type: "button", class: "small remove", "aria-label": `Remove ${label}`, title: "Remove",
          text: "×", onclick: () => changeFindings(findings, { remove: id }),
        }));
    };
    for (const id of findings.present) list.append(make(id, false));
    for (const group of findings.groups) list.append(make(group[0], false, group));
    for (const id of findings.excluded) list.append(make(id, true));
  }

  function renderContext(ask) {
    const { age, sex, categories } = context(ask);
    const parts = [];
    if (categories.length) parts.push(`kind of disease: ${categories.join(", ")} (weighs the ranking)`);
    if (age !== null) parts.push(`age: ${age} years`);
    if (sex) parts.push(`sex: ${sex}`);
    const line = $("context");
    line.textContent = parts.length ? `Also from the question: ${parts.join("; ")}.` : "";
    line.hidden = parts.length === 0;
  }

  function changeFindings(findings, { add = [], addExcluded = [], remove, flip }) {
    let present = findings.present.filter((id) => id !== remove);
    let excluded = findings.excluded.filter((id) => id !== remove);
    // A group is known by its first id; flipping "any of A, B" to absent excludes A.
    let groups = findings.groups.filter((g) => g[0] !== remove && g[0] !== flip);
    if (flip && findings.groups.some((g) => g[0] === flip)) {
      if (!excluded.includes(flip)) excluded.push(flip);
    } else if (flip) {
      if (present.includes(flip)) {
        present = present.filter((id) => id !== flip);
        excluded.push(flip);
      } else {
        excluded = excluded.filter((id) => id !== flip);
        present.push(flip);
      }
    }
    if (add.length > 1) {
      // Several ids for one answer are alternatives: any of them may be meant.
      excluded = excluded.filter((x) => !add.includes(x));
      groups.push(add);
    } else {
      for (const id of add) {
        excluded = excluded.filter((x) => x !== id);
        if (!present.includes(id)) present.push(id);
      }
    }
    for (const id of addExcluded) {
      present = present.filter((x) => x !== id);
      groups = groups.filter((g) => !g.includes(id));
      if (!excluded.includes(id)) excluded.push(id);
    }
    go({ q: readState().q, present, excluded, groups, explicit: true });
  }

  function renderUrgent(urgent) {
    const box = $("urgent");
    box.replaceChildren();
    if (!urgent) {
      box.hidden = true;
      return;
    }
    // {notice, triggers: [...], advice: [...]}; each part is optional.
    const lines = [];
    for (const key of ["notice", "message", "text", "advice"]) {
      for (const line of [].concat(urgent[key] || [])) {
        if (typeof line === "string" && line && !lines.includes(line)) lines.push(line);
      }
    }
    if (!lines.length) lines.push("Some of what you describe can be a medical emergency. Call your local emergency number or get urgent care now.");
    box.append(el("h2", { text: urgent.title || "This may be an emergency" }), ...lines.map((line) => el("p", { text: line })));
    const triggers = [].concat(urgent.triggers || []).filter((t) => typeof t === "string");
    if (triggers.length) box.append(el("p", { class: "matched", text: `Because you mention: ${triggers.join(", ")}` }));
    box.hidden = false;
  }

  // "[1]" or "[1, 3]" in the answer become links to the numbered sources.
  function linkedText(text, known) {
    const parts = [];
    const pattern = /\[(\d+(?:\s*,\s*\d+)*)\]/g;
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      parts.push(text.slice(last, match.index));
      const numbers = match[1].split(",").map((s) => s.trim());
      const sup = el("sup", {}, "[");
      numbers.forEach((n, i) => {
        if (i) sup.append(", ");
        sup.append(known.has(n)
          ? el("a", { href: `#cite-${n}`, class: "cite", "aria-label": `source ${n}`, text: n })
          : n);
      });
      sup.append("]");
      parts.push(sup);
      last = match.index + match[0].length;
    }
    parts.push(text.slice(last));
    return parts;
  }

  function renderAsk(ask, stale) {
    renderUrgent(ask ? ask.urgent : null);
    const answerSection = $("answer-section");
    const citeSection = $("citations-section");
    if (!ask) {
      answerSection.hidden = true;
      citeSection.hidden = true;
      return;
    }
    const citations = ask.citations || [];
    const known = new Set(citations.map((c) => String(c.n)));
    const box = $("answer");
    box.replaceChildren();
    const paragraphs = String(ask.answer || "").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    for (const paragraph of paragraphs) {
      const heading = paragraph.match(/^#+\s+(.*)$/);
      if (heading) box.append(el("h3", { text: heading[1] }));
      else box.append(el("p", {}, linkedText(paragraph.replace(/\n/g, " "), known)));
    }
    $("answer-stale").hidden = !stale;
    $("answer-disclaimer").textContent = ask.disclaimer || "";
    answerSection.hidden = paragraphs.length === 0 && !ask.disclaimer;

    const list = $("citations");
    list.replaceChildren();
    for (const c of citations) {
      const title = c.title || c.id;
      list.append(el("li", { id: `cite-${c.n}`, value: c.n, tabindex: "-1" },
        c.url ? el("a", { href: c.url, rel: "noopener noreferrer", class: "source" }, title)
          : el("span", { text: title }),
        " ", el("span", { class: "cid", text: c.id })));
    }
    citeSection.hidden = citations.length === 0;
  }

  function renderNext(ask, state, findings) {
    const list = $("next");
    list.replaceChildren();
    const have = new Set([...findings.present, ...findings.excluded, ...findings.groups.flat()]);
    const names = new Map(((ask && ask.candidates) || []).flatMap((c) => (c.ids || [c.id]).map((id) => [id, c.name])));
    const questions = ((ask && ask.next_questions) || []).filter(
      (nq) => (nq.ids || []).length && !(nq.ids || []).every((id) => have.has(id)));
    for (const nq of questions) {
      const ids = nq.ids;
      const label = nq.label || nq.text;
      const yes = el("button", {
        type: "button", class: "small next-yes", "data-ids": ids.join(","),
        "aria-label": `Yes: ${label}`, text: "Yes",
        onclick: () => changeFindings(findings, { add: ids }),
      });
      const no = el("button", {
        type: "button", class: "small secondary next-no", "data-ids": ids.join(","),
        "aria-label": `No: ${label}`, text: "No",
        onclick: () => changeFindings(findings, { addExcluded: ids }),
      });
      const favoured = (nq.favours || []).map((id) => names.get(id)).filter(Boolean);
      const why = favoured.length ? `“Yes” would favour ${favoured.join(", ")}` : null;
      list.append(el("li", {}, el("span", { class: "q" }, nq.text,
        why ? el("span", { class: "why", text: why }) : null), yes, no));
    }
    $("next-section").hidden = questions.length === 0;
  }

  function diseaseUrl(id) {
    const [prefix, number] = id.split(":");
    if (prefix === "OMIM") return `https://omim.org/entry/${number}`;
    if (prefix === "ORPHA") return `https://www.orpha.net/en/disease/detail/${number}`;
    return null;
  }

  const percent = (p) => (p >= 0.995 ? ">99%" : p < 0.001 ? "<0.1%" : `${(p * 100).toFixed(p < 0.1 ? 1 : 0)}%`);
  const ratio = (lr) => (lr >= 100 ? lr.toExponential(1) : lr >= 1 ? lr.toFixed(1) : lr.toPrecision(2));
  const MATCH_WORDS = {
    exact: "annotated", implied: "implied by a more specific annotation", more_specific: "more specific than an annotation",
    none: "not annotated", contradicted: "explicitly absent in this disease",
  };

  function evidenceTable(candidate) {
    const rows = (candidate.evidence || []).map((e) => el("tr", {},
      el("td", {}, e.excluded ? "no " : "", e.label, el("br"), el("span", { class: "cid", text: e.hpo_id })),
      el("td", { text: MATCH_WORDS[e.match] || e.match }),
      el("td", { text: e.frequency === null || e.frequency === undefined ? "–" : percent(e.frequency) }),
      el("td", { class: `num ${e.likelihood_ratio >= 1 ? "lr-up" : "lr-down"}`, text: ratio(e.likelihood_ratio) })));
    return el("table", { class: "evidence" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Finding" }), el("th", { scope: "col", text: "In this disease" }),
        el("th", { scope: "col", text: "Frequency" }), el("th", { scope: "col", text: "LR" }))),
      el("tbody", {}, rows));
  }

  async function loadDisease(candidate, holder, button) {
    button.disabled = true;
    try {
      const d = await api(`/api/diseases/${encodeURIComponent(candidate.id)}`);
      const parts = [];
      // A reviewed fact sheet first (each statement with its sources), then what the data says.
      const sheet = d.fact_sheet || {};
      for (const key of ["summary", "mechanism", "diagnosis", "management"]) {
        for (const item of [].concat(sheet[key] || []).slice(0, 3)) {
          const text = typeof item === "string" ? item : item && item.text;
          if (!text) continue;
          const sources = (item.sources || []).join(", ");
          parts.push(el("p", {}, text, sources ? el("span", { class: "cid", text: ` (${sources})` }) : null));
        }
      }
      if (typeof d.data_summary === "string") parts.push(el("p", { class: "data-summary", text: d.data_summary }));
      if (d.url) parts.push(el("p", {}, el("a", { href: d.url, rel: "noopener noreferrer", text: `Full record: ${d.id}` })));
      if (!parts.length) parts.push(el("p", { text: "No further details are recorded." }));
      holder.replaceChildren(...parts);
      button.remove();
    } catch (error) {
      holder.replaceChildren(el("p", { class: "status error", text: error.message }));
      button.disabled = false;
    }
  }

  function bar(width) {
    // Set through the CSSOM: the page's CSP forbids inline style attributes.
    const fill = el("span");
    fill.style.width = `${width}%`;
    return el("div", { class: "bar", "aria-hidden": "true" }, fill);
  }

  function renderCandidates(candidates) {
    const list = $("candidates");
    list.replaceChildren();
    for (const c of candidates) {
      const more = el("div", { class: "disease-more" });
      const button = el("button", { type: "button", class: "small secondary", text: "About this disease" });
      button.addEventListener("click", () => loadDisease(c, more, button));
      more.append(button);
      const links = (c.ids || [c.id]).map((id) => {
        const url = diseaseUrl(id);
        return url ? el("a", { href: url, rel: "noopener noreferrer", text: id }) : el("span", { text: id });
      });
      const idLine = el("span", { class: "ids" });
      links.forEach((link, i) => idLine.append(i ? " · " : "", link));
      const width = Math.max(1, Math.round(c.probability * 100));
      const meta = [];
      if (c.inheritance && c.inheritance.length) meta.push(c.inheritance.join(", "));
      if (c.onset && c.onset.length) meta.push(c.onset.join(", "));
      list.append(el("li", { class: "candidate", "data-id": c.id },
        el("div", { class: "head" }, el("span", { class: "name", text: c.name }),
          el("span", { class: "prob", text: `${percent(c.probability)} · LR ${ratio(c.likelihood_ratio)}` })),
        bar(width),
        idLine,
        meta.length ? el("div", { class: "meta", text: meta.join(" · ") }) : null,
        el("details", {}, el("summary", { text: "Evidence" }), evidenceTable(c), more)));
    }
    $("candidates-section").hidden = candidates.length === 0;
  }

  // ---- HPO autocomplete (ARIA combobox with a listbox popup) ----

  function setupAutocomplete() {
    const input = $("term-input");
    const list = $("term-list");
    let options = [];
    let active = -1;
    let timer = null;
    let asked = 0;

    const close = () => {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    };
    const highlight = (index) => {
      active = index;
      [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", `term-opt-${index}`);
        list.children[index].scrollIntoView({ block: "nearest" });
      }
    };
    const choose = (index) => {
      const term = options[index];
      if (!term) return;
      labels.set(term.id, term.label);
      input.value = "";
      close();
      const state = readState();
      const findings = state.explicit ? state : interpretedFindings(lastAsk && lastAsk.q === state.q ? lastAsk.data : null);
      const mode = document.querySelector('input[name="mode"]:checked').value;
      changeFindings(findings, mode === "excluded" ? { addExcluded: [term.id] } : { add: [term.id] });
    };
    const lookUp = async () => {
      const text = input.value.trim();
      if (text.length < 2) return close();
      const mine = ++asked;
      try {
        const data = await api(`/api/terms?q=${encodeURIComponent(text)}&limit=10`);
        if (mine !== asked) return;
        options = data.terms || [];
        list.replaceChildren(...options.map((t, i) => el("li", {
          id: `term-opt-${i}`, role: "option", "aria-selected": "false", "data-id": t.id,
          onmousedown: (event) => { event.preventDefault(); choose(i); },
        }, el("span", { text: t.label }), " ", el("span", { class: "id", text: t.id }),
        t.matched && t.matched.toLowerCase() !== t.label.toLowerCase()
          ? el("span", { class: "syn", text: ` (matched “${t.matched}”)` }) : null)));
        if (!options.length) list.append(el("li", { role: "option", "aria-disabled": "true", text: "No matching term" }));
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        highlight(options.length ? 0 : -1);
      } catch (error) {
        if (mine === asked) setStatus(`Sorry: ${error.message}`, true);
      }
    };
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(lookUp, 150);
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" && !list.hidden) {
        event.preventDefault();
        highlight(Math.min(active + 1, options.length - 1));
      } else if (event.key === "ArrowUp" && !list.hidden) {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (!list.hidden && active >= 0) choose(active);
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 100));
  }

  // ---- wiring ----

  function ask(question) {
    const q = question.trim();
    if (!q) return;
    go({ q, present: [], excluded: [], groups: [], explicit: false });
    $("results").focus({ preventScroll: true });
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("ask-form").addEventListener("submit", (event) => {
      event.preventDefault();
      ask($("question").value);
    });
    for (const button of document.querySelectorAll("#examples button[data-q]")) {
      button.addEventListener("click", () => ask(button.dataset.q));
    }
    setupAutocomplete();
    window.addEventListener("popstate", () => render(readState()));
    // Printing shows every candidate's evidence.
    window.addEventListener("beforeprint", () => {
      for (const d of document.querySelectorAll("#candidates details")) d.open = true;
    });
    api("/api/info").then((info) => {
      $("data-release").textContent = info.data_release;
      $("version").textContent = info.version;
    }).catch(() => {});
    render(readState());
  });
})();
