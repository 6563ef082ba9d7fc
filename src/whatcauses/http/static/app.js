// whatcauses page: talks only to this server's JSON API; no libraries, works offline.
//
// The page state lives in the URL, so that a link reproduces the view and the back button
// undoes a step: ?q=question, p=present ids, x=absent ids, g=id|id (an "any of" group, may
// repeat), xg=id|id (a "none of" group: an any-of group flipped to absent), u=ids answered
// "don't know", v=clinician. p/x/g/xg/u are written only once the findings change; until then
// the findings are the question's interpretation (its age, sex and kind of disease stay in force).
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
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  };

  const HPO_ID = /^HP:\d{7}$/;
  const SHOWN_FIRST = 5; // cards shown before "Show all"
  const CATEGORY_WORDS = {
    autoimmune: "Autoimmune", inflammatory: "Inflammatory", infectious: "Infection", genetic: "Genetic",
    metabolic: "Metabolic", neoplastic: "Tumour", neuromuscular: "Nerves and muscles",
    neurological: "Brain and nerves", skin: "Skin", eye: "Eyes", ear: "Ears", cardiovascular: "Heart and vessels",
    respiratory: "Lungs and breathing", gastrointestinal: "Digestive", liver: "Liver", kidney: "Kidneys",
    endocrine: "Hormones", blood: "Blood", immunodeficiency: "Immune deficiency", musculoskeletal: "Bones and joints",
    mental: "Mental health", developmental: "Development",
  };
  // Categories that say what causes a disease come before those that say where it shows;
  // "genetic" says little (most rare diseases are), so it comes last.
  const CAUSE_FIRST = ["autoimmune", "infectious", "inflammatory", "neoplastic", "metabolic", "immunodeficiency"];

  const labels = new Map(); // HPO id -> label, learned from every response
  const plainNames = new Map(); // HPO id -> the plain name the server gives (a lay synonym if any)
  const asks = new Map(); // question -> the promise of its /api/ask answer
  let limits = { max_question_chars: 2000 };  // until /api/limits answers
  let info = null;
  let shownKey = null; // the data state currently rendered (URL without the view)
  let generation = 0; // drops responses of superseded requests
  let current = null; // what paint() draws: {state, ask, interview, findings, changed, notices}
  let showAll = false;
  let pendingFocus = null;

  // ---- state <-> URL ----

  const splitIds = (value) => (value ? value.split(",").map((s) => s.trim()).filter(Boolean) : []);
  const splitGroups = (values) => values.map((g) => g.split("|").map((s) => s.trim()).filter(Boolean)).filter((g) => g.length);

  function readState() {
    const params = new URLSearchParams(location.search);
    const explicit = ["p", "x", "g", "xg", "u"].some((key) => params.has(key));
    return {
      q: params.get("q") || "",
      present: splitIds(params.get("p")),
      excluded: splitIds(params.get("x")),
      groups: splitGroups(params.getAll("g")),
      noneGroups: splitGroups(params.getAll("xg")),
      unknown: splitIds(params.get("u")),
      explicit,
      clinician: params.get("v") === "clinician",
    };
  }

  function queryString(state, { view = true } = {}) {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    if (state.explicit) {
      params.set("p", state.present.join(","));
      params.set("x", state.excluded.join(","));
      for (const group of state.groups) params.append("g", group.join("|"));
      for (const group of state.noneGroups) params.append("xg", group.join("|"));
      if (state.unknown.length) params.set("u", state.unknown.join(","));
    }
    if (view && state.clinician) params.set("v", "clinician");
    const text = params.toString();
    return text ? `?${text}` : location.pathname;
  }

  function go(state, focus = null) {
    pendingFocus = focus;
    history.pushState(null, "", queryString(state));
    render(readState());
  }

  // ---- API ----

  class ApiError extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
    }
  }

  async function api(path, options = {}) {
    let response;
    try {
      response = await fetch(path, {
        headers: { Accept: "application/json", ...(options.body ? { "Content-Type": "application/json" } : {}) },
        ...options,
      });
    } catch {
      throw new ApiError("The server did not answer. Check that whatcauses is still running, then try again.", 0);
    }
    let payload = null;
    try {
      payload = await response.json();
    } catch {
      throw new ApiError(`The server answered ${response.status} without data. Try again in a moment.`, response.status);
    }
    if (!response.ok) {
      const message = payload && payload.error ? payload.error.message : `HTTP ${response.status}`;
      if (response.status === 503) throw new ApiError("The server is still starting. Try again in a moment.", 503);
      throw new ApiError(message.charAt(0).toUpperCase() + message.slice(1) + ".", response.status);
    }
    return payload;
  }

  function setStatus(text, isError = false) {
    const status = $("status");
    status.textContent = text;
    status.classList.toggle("error", isError);
  }

  function showNotices(notices) {
    const box = $("notice");
    box.replaceChildren(...notices.map((n) => el("p", { text: n })));
    box.hidden = notices.length === 0;
  }

  // ---- the question's interpretation ----

  function learn(item) {
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
    const noneGroups = [];
    for (const item of meaning.findings || []) {
      const ids = learn(item);
      // A relative's own condition is family history, not the person's finding.
      if (item.relative) continue;
      if (item.negated && ids.length > 1) noneGroups.push(ids);
      else if (item.negated) { if (!excluded.includes(ids[0])) excluded.push(ids[0]); }
      else if (ids[0] && !present.includes(ids[0])) present.push(ids[0]);
    }
    for (const item of meaning.or_groups || []) groups.push(learn(item));
    return { present, excluded, groups, noneGroups, unknown: [] };
  }

  function context(ask) {
    // What a question says besides its findings; a re-rank keeps it.
    const meaning = (ask && ask.interpretation) || {};
    return {
      age: typeof meaning.age === "number" ? meaning.age : null,
      sex: meaning.sex === "male" || meaning.sex === "female" ? meaning.sex : null,
      categories: meaning.categories || [],
      // A question about a person weighs how common each condition is; "which diseases
      // cause X?" does not (as the answer itself does).
      prior: ask ? (meaning.frame === "knowledge" ? "uniform" : "prevalence") : null,
    };
  }

  function learnLabels(candidates) {
    for (const c of candidates || []) {
      for (const e of c.evidence || []) if (e.hpo_id && e.label) labels.set(e.hpo_id, e.label);
    }
  }

  const labelOf = (id) => plainNames.get(id) || labels.get(id) || id;
  const countOf = (f) => f.present.length + f.excluded.length + f.groups.length + f.noneGroups.length;

  function sameFindings(a, b) {
    const norm = (list) => [...list].sort().join(",");
    const groups = (list) => list.map((g) => [...g].sort().join("|")).sort().join(",");
    return norm(a.present) === norm(b.present) && norm(a.excluded) === norm(b.excluded)
      && groups(a.groups) === groups(b.groups) && groups(a.noneGroups) === groups(b.noneGroups)
      && norm(a.unknown) === norm(b.unknown);
  }

  // Ids from a link are checked before they are sent: a bad one is left out with a notice,
  // the rest of the page still works.
  function sanitize(state, notices) {
    const bad = [];
    const keep = (id) => {
      const upper = id.toUpperCase();
      if (HPO_ID.test(upper)) return upper;
      bad.push(id);
      return null;
    };
    const clean = (list) => [...new Set(list.map(keep).filter(Boolean))];
    const result = {
      ...state,
      present: clean(state.present),
      excluded: clean(state.excluded),
      groups: state.groups.map(clean).filter((g) => g.length),
      noneGroups: state.noneGroups.map(clean).filter((g) => g.length),
      unknown: clean(state.unknown),
    };
    const both = result.excluded.filter((id) => result.present.includes(id));
    if (both.length) {
      result.excluded = result.excluded.filter((id) => !both.includes(id));
      notices.push(`The link gave ${both.join(", ")} as both present and absent; it is kept as present.`);
    }
    if (bad.length) {
      const shown = bad.map((b) => `“${b.slice(0, 40)}”`).join(", ");
      notices.push(`Left out of the link: ${shown} ${bad.length === 1 ? "is not an HPO id" : "are not HPO ids"} (HP: and 7 digits).`);
    }
    return result;
  }

  // ---- loading a state ----

  // #results says how far the state in the URL is drawn: data-state is "loading" from the
  // moment it is asked for, then "ready" once its answer is drawn (nothing is redrawn after
  // that until the state changes) or "error" once the status says why it could not be;
  // data-key is the state it speaks of (the URL's query without "?" and the view).
  // aria-busy follows.
  function setDrawn(key, drawn) {
    const results = $("results");
    results.dataset.key = key.startsWith("?") ? key.slice(1) : "";
    results.dataset.state = drawn;
    results.setAttribute("aria-busy", String(drawn === "loading"));
  }

  async function render(state) {
    const key = queryString(state, { view: false });
    if (key === shownKey && current) {
      current.state = state;
      paint();
      applyFocus();
      if ($("results").dataset.state !== "loading") setDrawn(key, "ready"); // else: on its way
      return;
    }
    shownKey = key;
    const mine = ++generation;
    const notices = [];
    const clean = sanitize(state, notices);
    $("question").value = clean.q;
    updateCounter();
    document.title = clean.q ? `${clean.q.slice(0, 60)} - whatcauses` : "whatcauses";
    const limit = limits.max_question_chars;
    let q = clean.q.trim();
    if (q.length > limit) {
      notices.push(`This question is ${q.length.toLocaleString("en")} characters long; the server reads up to ${limit.toLocaleString("en")}. Shorten it and ask again.`);
      q = "";
    }
    setStatus(q || countOf(clean) || clean.unknown.length ? "Working…" : "");
    setDrawn(key, "loading");
    let drawn = "error";
    try {
      let ask = null;
      if (q) {
        // One request per question, even when two renders want it at once.
        if (!asks.has(q)) asks.set(q, api(`/api/ask?q=${encodeURIComponent(q)}&top=10`).catch((error) => {
          asks.delete(q);
          throw error;
        }));
        ask = await asks.get(q);
        learnLabels(ask.candidates);
      }
      if (mine !== generation) return;
      const interpreted = interpretedFindings(ask);
      const findings = clean.explicit ? clean : interpreted;
      const changed = Boolean(ask) && clean.explicit && !sameFindings(findings, interpreted);
      const interview = await api("/api/interview?top=10&questions=3", {
        method: "POST",
        body: JSON.stringify({
          present: findings.present,
          excluded: [...new Set([...findings.excluded, ...findings.noneGroups.flat()])].filter((id) => !findings.present.includes(id)),
          or_groups: findings.groups,
          unknown: findings.unknown,
          ...context(ask),
          // The question itself: its family history, genes, exposures and durations stay
          // in force when the findings change (the re-rank is the ranking ask makes).
          ...(ask ? { question: q } : {}),
          strict: false,
          describe: ask ? (ask.candidates || []).map((c) => c.id) : [],
        }),
      });
      if (mine !== generation) return;
      const kept = keptFindings(findings, interview);
      for (const [id, label] of Object.entries(interview.labels || {})) plainNames.set(id, label);
      learnLabels(interview.candidates);
      for (const warning of (interview.query && interview.query.warnings) || []) notices.push(`Note: ${warning}.`);
      if (!ask || changed) showAll = false;
      current = { state: clean, ask, interview, findings: kept, changed, notices };
      paint();
      setStatus(summaryLine());
      applyFocus();
      drawn = "ready";
    } catch (error) {
      if (mine !== generation) return;
      shownKey = null; // let a retry of the same URL run again
      current = null;
      showNotices(notices);
      clearResults();
      setStatus(error.message || "Something went wrong. Try again.", true);
      pendingFocus = null;
    } finally {
      if (mine === generation) setDrawn(key, drawn);
    }
  }

  // The findings as the server read them: ids it left out (with a warning) are dropped, and
  // alternative ids become the current ones.
  function keptFindings(findings, interview) {
    const query = interview.query || {};
    const known = new Set([...(query.present || []), ...(query.excluded || []), ...(query.or_groups || []).flat(), ...Object.keys(interview.labels || {})]);
    const noneGroups = findings.noneGroups.map((g) => g.filter((id) => known.has(id))).filter((g) => g.length);
    const inNone = new Set(noneGroups.flat());
    return {
      present: [...(query.present || [])],
      excluded: (query.excluded || []).filter((id) => !inNone.has(id)),
      groups: (query.or_groups || []).map((g) => [...g]),
      noneGroups,
      unknown: findings.unknown.filter((id) => known.has(id)),
    };
  }

  function clearResults() {
    for (const id of ["candidates-section", "summary-section", "sources-section", "next-section", "urgent", "injury"]) $(id).hidden = true;
    $("intro").hidden = false;
  }

  function summaryLine() {
    const { ask, interview, findings } = current;
    const n = countOf(findings);
    const shown = displayed().length;
    if (!n && ask) return "No findings were recognised in the question; add some below, or rephrase it.";
    if (!n) return "";
    if (!shown) return "No condition fits these findings.";
    const questions = (interview.next_questions || []).length;
    return `${shown} possible causes for ${n} finding${n === 1 ? "" : "s"}${questions ? `; ${questions} question${questions === 1 ? "" : "s"} could narrow them down` : ""}.`;
  }

  // ---- drawing (from `current`, so that the view toggle needs no request) ----

  function displayed() {
    const { ask, interview, changed } = current;
    return ask && !changed ? ask.candidates || [] : interview.candidates || [];
  }

  function paint() {
    const { state, ask, interview, findings, changed, notices } = current;
    showNotices(notices);
    $("view-toggle").setAttribute("aria-pressed", String(state.clinician));
    document.body.classList.toggle("clinician", state.clinician);
    renderUrgent(ask ? ask.urgent : null);
    renderInjury(ask);
    const candidates = displayed();
    $("intro").hidden = Boolean(ask) || countOf(findings) > 0;
    renderCandidates(candidates, interview.categories || {}, state.clinician, ask);
    renderNext(interview, candidates, findings, state.clinician);
    renderChips(findings, state.clinician);
    renderContext(ask);
    renderSummary(ask, changed);
    renderSources(ask, candidates);
    renderCoverage();
    $("report-link").href = `/api/report${reportQuery(findings)}`;
    if (interview.data_release) $("data-release").textContent = interview.data_release;
  }

  function reportQuery(findings) {
    const params = new URLSearchParams();
    if (current.state.q) params.set("q", current.state.q);
    if (current.state.explicit || !current.ask) {
      params.set("p", findings.present.join(","));
      params.set("x", [...findings.excluded, ...findings.noneGroups.flat()].join(","));
      for (const group of findings.groups) params.append("g", group.join("|"));
    }
    return `?${params.toString()}`;
  }

  function renderUrgent(urgent) {
    const box = $("urgent");
    box.replaceChildren();
    if (!urgent) {
      box.hidden = true;
      return;
    }
    const lines = [];
    for (const key of ["notice", "advice"]) {
      for (const line of [].concat(urgent[key] || [])) if (typeof line === "string" && line && !lines.includes(line)) lines.push(line);
    }
    box.append(el("h2", { id: "urgent-title", text: "This may be an emergency" }), ...lines.map((line) => el("p", { text: line })));
    box.hidden = false;
  }

  // The question describes an injury: said before the causes, with the answer's own cited
  // sentences (sections.injury), so that the causes are not read as the injury's diagnosis.
  function renderInjury(ask) {
    const box = $("injury");
    box.replaceChildren();
    const lines = ask && ask.injury ? (ask.sections || {}).injury || [] : [];
    if (!lines.length) {
      box.hidden = true;
      return;
    }
    const known = new Set((ask.citations || []).map((c) => String(c.n)));
    // The first two lines say what was read and what the ranking is (injuries are outside it);
    // the guidance on when an injury needs care folds under a summary, so that on a phone the
    // first card stays in the first screen.
    const shown = lines.slice(0, 2);
    const rest = lines.slice(2);
    box.append(el("h2", { id: "injury-title", text: "About injuries" }), ...shown.map((line) => el("p", {}, sentences([line], known))));
    if (rest.length) {
      box.append(el("details", { class: "injury-more" }, el("summary", { text: "When an injury needs care" }),
        ...rest.map((line) => el("p", {}, sentences([line], known)))));
    }
    box.hidden = false;
  }

  // ---- wording ----

  const percent = (p) => (p >= 0.995 ? ">99%" : p < 0.001 ? "<0.1%" : `${(p * 100).toFixed(p < 0.1 ? 1 : 0)}%`);
  // The same bands as the printed report (http/report.py strength_words).
  function strength(p) {
    if (p >= 0.5) return "Most likely";
    if (p >= 0.2) return "Likely";
    if (p >= 0.05) return "Possible";
    if (p >= 0.01) return "One of many possibilities";
    return "Less likely";
  }
  function ratio(lr) {
    if (lr === null || lr === undefined) return "–";
    if (lr >= 100) return Number(lr.toPrecision(2)).toLocaleString("en");
    if (lr >= 10) return lr.toFixed(0);
    return lr >= 1 ? lr.toPrecision(2) : lr.toPrecision(2);
  }
  function frequencyWords(f, sources) {
    if (f === null || f === undefined) return "";
    const pc = Math.round(f * 100);
    if (sources && sources.length) {
      // a curated fact sheet's HPO class (a range, not a measured share) and its source
      const [words, range] = f >= 0.99 ? ["in all patients", ""] : f >= 0.8 ? ["in most patients", "80-99%"]
        : f >= 0.3 ? ["often", "30-79%"] : f >= 0.05 ? ["sometimes", "5-29%"] : ["rarely", "1-4%"];
      return `${words} (${range ? `${range}; ` : ""}figure from a curated fact sheet, citing ${sources.join(", ")})`;
    }
    if (f >= 0.99) return "in all reported patients";
    if (f >= 0.8) return `in most patients, about ${pc}%`;
    if (f >= 0.3) return `often, about ${pc}%`;
    if (f >= 0.05) return `sometimes, about ${pc}%`;
    return `rarely, about ${Math.max(pc, 1)}%`;
  }
  const lowerFirst = (text) => {
    const first = text.split(" ", 1)[0];
    return first.length > 1 && [...first].filter((ch) => ch >= "A" && ch <= "Z").length > 1 ? text : text.charAt(0).toLowerCase() + text.slice(1);
  };
  const upperFirst = (text) => text.charAt(0).toUpperCase() + text.slice(1);
  const joinWords = (items) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);

  function evidenceWords(e) {
    const matched = e.matched_label ? lowerFirst(e.matched_label) : "";
    const freq = frequencyWords(e.frequency, e.frequency_sources);
    if (e.excluded) {
      if (e.match === "exact" || e.match === "implied") return `usually has it${freq ? ` (${freq})` : ""}, so its absence speaks against it`;
      if (e.match === "contradicted") return "is recorded without it";
      return "is not known for it";
    }
    if (e.match === "exact") return `is known for it${freq ? ` (${freq})` : ""}`;
    if (e.match === "implied") return `is known for a more specific form of it${freq ? ` (${freq})` : ""}`;
    if (e.match === "more_specific") return `is known for ${matched}, of which this is a more specific form`;
    if (e.match === "contradicted") return "is recorded without it, which speaks against it";
    return "is not known for it";
  }

  function whyLine(candidate) {
    const evidence = candidate.evidence || [];
    const support = evidence.filter((e) => !e.excluded && e.likelihood_ratio > 1 && e.match !== "none")
      .sort((a, b) => b.likelihood_ratio - a.likelihood_ratio);
    if (!support.length) {
      return evidence.length ? "None of the findings is typical of it: it is listed because it is common or fits loosely." : "";
    }
    const parts = support.slice(0, 2).map((e) => {
      const freq = frequencyWords(e.frequency, e.frequency_sources);
      return `${lowerFirst(labelOf(e.hpo_id) || e.label)}${freq ? ` (${freq.split(",")[0]})` : ""}`;
    });
    const against = evidence.filter((e) => e.likelihood_ratio < 0.5).length;
    return `Fits ${joinWords(parts)}${support.length > 2 ? `, and ${support.length - 2} more` : ""}.${against ? ` ${against} finding${against === 1 ? " speaks" : "s speak"} against it.` : ""}`;
  }

  function commonBadge(prevalence) {
    if (!prevalence) return el("li", { class: "badge", text: "How common: not known" });
    if (prevalence.qualitative) {
      // a profile's qualitative class: the source's word, never its stand-in number
      const q = String(prevalence.qualitative);
      return el("li", { class: "badge common", title: prevalence.phrase, text: `${q.charAt(0).toUpperCase()}${q.slice(1)} (the source's word), no population figure` });
    }
    const short = String(prevalence.phrase || "").split(" (")[0].split(", ")[0];
    const word = prevalence.carriers ? "Carriers counted" : prevalence.common ? "Common"
      : prevalence.rare ? "Rare"
      : prevalence.general_population === false ? "In one setting" : "Less common";
    return el("li", { class: `badge ${prevalence.common ? "common" : prevalence.rare ? "rare" : "uncommon"}`, title: prevalence.phrase, text: `${word}: ${short}` });
  }

  function categoryBadges(keys) {
    const ordered = [...CAUSE_FIRST.filter((k) => keys.includes(k)), ...keys.filter((k) => !CAUSE_FIRST.includes(k) && k !== "genetic"), ...(keys.includes("genetic") ? ["genetic"] : [])];
    return ordered.slice(0, 2).map((k) => el("li", { class: "badge", text: CATEGORY_WORDS[k] || k }));
  }

  // ---- candidates as cards ----

  function referenceUrl(id) {
    const [prefix, number] = id.split(":");
    if (prefix === "PMID") return `https://pubmed.ncbi.nlm.nih.gov/${number}/`;
    if (prefix === "OMIM") return `https://omim.org/entry/${number}`;
    if (prefix === "ORPHA") return `https://www.orpha.net/en/disease/detail/${number}`;
    if (prefix === "MONDO") return `http://purl.obolibrary.org/obo/MONDO_${number}`;
    if (prefix === "DECIPHER") return `https://www.deciphergenomics.org/syndrome/${number}`;
    if (prefix === "HP") return `https://hpo.jax.org/browse/term/${id}`;
    return null;
  }
  const referenceText = (id) => (id.startsWith("PMID:") ? `PubMed ${id.slice(5)}` : id);
  function referenceLink(id, className = null) {
    const url = referenceUrl(id);
    return url ? el("a", { href: url, rel: "noopener noreferrer", class: className, text: referenceText(id) }) : el("span", { text: referenceText(id) });
  }
  function referenceList(ids) {
    const holder = el("span", { class: "source-ids" });
    ids.forEach((id, i) => holder.append(i ? ", " : "", referenceLink(id)));
    return holder;
  }

  const CLINICAL_MATCH = {
    exact: () => "annotated",
    implied: () => "a more specific term is annotated",
    more_specific: (e) => `refines ${e.matched_id}, which it shows`,
    none: () => "not annotated",
    contradicted: (e) => `NOT annotated (${e.matched_id})`,
  };

  function evidenceTable(candidate) {
    const rows = (candidate.evidence || []).map((e) => el("tr", {},
      el("td", {}, e.excluded ? "no " : "", e.label, el("br"), el("span", { class: "source-ids", text: e.hpo_id })),
      el("td", { text: CLINICAL_MATCH[e.match] ? CLINICAL_MATCH[e.match](e) : e.match }),
      el("td", { class: "num", text: e.frequency === null || e.frequency === undefined ? "–" : percent(e.frequency) }),
      el("td", { class: `num ${e.likelihood_ratio >= 1 ? "lr-up" : "lr-down"}`, text: ratio(e.likelihood_ratio) }),
      el("td", {}, (e.references || []).length ? referenceList(e.references.slice(0, 3)) : "–")));
    return el("div", { class: "table-wrap" }, el("table", { class: "evidence" },
      el("caption", { class: "visually-hidden", text: `Evidence for ${candidate.name}` }),
      el("thead", {}, el("tr", {}, ...["Finding", "Match", "Freq.", "LR", "Sources"].map((h) => el("th", { scope: "col", text: h })))),
      el("tbody", {}, rows)));
  }

  function evidenceList(candidate, context) {
    const items = (candidate.evidence || []).map((e) => {
      const speaks = e.likelihood_ratio >= 1;
      const name = labelOf(e.hpo_id) || e.label;
      const text = `${e.excluded ? "No " + lowerFirst(name) : upperFirst(name)}: this condition ${evidenceWords(e)}.`;
      return el("li", { class: speaks ? "for" : "against" }, text, (e.references || []).length ? [" ", referenceList(e.references.slice(0, 2))] : null);
    });
    return el("ul", { class: "evidence-list" }, items, contextItems(context));
  }

  // What weighed the person and the question as a whole (age, sex, how long it has lasted,
  // exposures, hallmarks left unnamed), as the answer words it, with its citation numbers.
  // In plain words (the patient view) without the likelihood ratio's figure.
  function contextItems(context, clinician = false) {
    if (!context || !context.lines.length) return [];
    return context.lines.map((s) => el("li", { class: `context ${s.supports ? "for" : "against"}` },
      sentences([clinician ? s : { ...s, text: s.text.replace(/ \(likelihood ratio [^)]*\)/g, "") }], context.known)));
  }

  function contextOf(ask, id) {
    if (!ask || current.changed) return null;
    const explanation = (ask.explanations || []).find((x) => x.id === id);
    if (!explanation || !(explanation.context || []).length) return null;
    return { lines: explanation.context, known: new Set((ask.citations || []).map((c) => String(c.n))) };
  }

  async function loadDisease(candidate, holder, button) {
    button.disabled = true;
    try {
      const d = await api(`/api/diseases/${encodeURIComponent(candidate.id)}`);
      const parts = [];
      const sheet = d.fact_sheet || {};
      for (const key of ["summary", "mechanism", "diagnosis", "management"]) {
        for (const item of [].concat(sheet[key] || []).slice(0, 2)) {
          const text = typeof item === "string" ? item : item && item.text;
          if (!text) continue;
          const sources = (item.sources || []);
          parts.push(el("p", {}, text, sources.length ? [" ", referenceList(sources)] : null));
        }
      }
      if (typeof d.data_summary === "string") parts.push(el("p", { text: d.data_summary }));
      if (!parts.length) parts.push(el("p", { text: "No further details are recorded." }));
      holder.replaceChildren(...parts);
      holder.setAttribute("tabindex", "-1");
      button.remove();
      holder.focus();
    } catch (error) {
      holder.replaceChildren(el("p", { class: "status error", text: error.message }));
      button.disabled = false;
    }
  }

  function bar(probability) {
    // Set through the CSSOM: the page's CSP forbids inline style attributes.
    const fill = el("span");
    fill.style.width = `${Math.max(1, Math.round(probability * 100))}%`;
    return el("div", { class: "bar", "aria-hidden": "true" }, fill);
  }

  function renderCandidates(candidates, categories, clinician, ask) {
    const list = $("candidates");
    list.replaceChildren();
    const shown = showAll ? candidates : candidates.slice(0, SHOWN_FIRST);
    shown.forEach((c, index) => {
      const more = el("div", { class: "disease-more" });
      const button = el("button", { type: "button", class: "quiet-button", text: "About this condition", "aria-label": `About ${c.name}` });
      button.addEventListener("click", () => loadDisease(c, more, button));
      more.append(button);
      const context = contextOf(ask, c.id);
      const details = clinician
        ? el("div", { class: "clinician-evidence" }, evidenceTable(c), context ? el("ul", { class: "evidence-list" }, contextItems(context, true)) : null, more)
        : el("details", {}, el("summary", { text: "Why this, and what speaks against it" }), evidenceList(c, context), more);
      const prior = c.prior_weight !== undefined && c.prior_weight !== 1 ? ` · prior ×${ratio(c.prior_weight)}` : "";
      const clinical = clinician ? el("p", { class: "clinical" }, `LR ${ratio(c.likelihood_ratio)}${prior} · `, referenceList(c.ids || [c.id])) : null;
      list.append(el("li", { class: "card candidate", "data-id": c.id },
        el("div", { class: "card-head" }, el("span", { class: "rank", "aria-hidden": "true", text: String(index + 1) }),
          el("h3", { class: "name" }, el("span", { class: "visually-hidden", text: `${index + 1}. ` }), c.name)),
        el("div", { class: "strength" }, el("span", { class: "words", text: strength(c.probability) }),
          el("span", { class: "prob", text: percent(c.probability) }), bar(c.probability)),
        el("p", { class: "why", text: whyLine(c) }),
        el("ul", { class: "badges", "aria-label": "About this condition" }, ...categoryBadges(categories[c.id] || []), commonBadge(c.prevalence)),
        clinical, details));
    });
    const moreButton = $("more-candidates");
    moreButton.hidden = showAll || candidates.length <= SHOWN_FIRST;
    moreButton.textContent = `Show all ${candidates.length}`;
    $("candidates-section").hidden = candidates.length === 0;
    const weighed = ask && context(ask).prior === "prevalence" ? " and how common each is" : "";
    const total = info ? info.diseases.toLocaleString("en") : "all the";
    $("legend").textContent = `How likely each is among the ${total} conditions whatcauses knows, given only these findings${weighed}. Not a diagnosis.${clinician ? " LR: likelihood ratio of all findings; a percentage also weighs the prior, so a higher LR can sit beside a lower percentage." : ""}`;
  }

  // ---- next questions: Yes / No / Don't know ----

  function renderNext(interview, candidates, findings, clinician) {
    const list = $("next");
    list.replaceChildren();
    const questions = interview.next_questions || [];
    questions.forEach((nq) => {
      const id = nq.hpo_id || (nq.ids || [])[0];
      if (!id) return;
      labels.set(id, nq.label ? upperFirst(nq.label) : labelOf(id));
      const answer = (kind) => () => answerQuestion(findings, id, kind, nq.label || id, nq.replaces || []);
      const text = nq.text || `Any ${nq.label}?`;
      list.append(el("li", { class: "question", "data-id": id },
        el("p", { class: "q-text", id: `q-${id.replace(":", "")}` }, text, clinician ? el("span", { class: "source-ids", text: ` ${id} · ${Number(nq.information_gain || 0).toFixed(2)} bits` }) : null),
        nq.why ? el("p", { class: "q-why", text: nq.why }) : null,
        el("div", { class: "answers", role: "group", "aria-labelledby": `q-${id.replace(":", "")}` },
          el("button", { type: "button", class: "yes", "data-ids": id, onclick: answer("yes"), text: "Yes" }),
          el("button", { type: "button", class: "no", "data-ids": id, onclick: answer("no"), text: "No" }),
          el("button", { type: "button", class: "unknown", "data-ids": id, onclick: answer("unknown"), text: "Don’t know" }))));
    });
    const empty = $("next-empty");
    const stop = interview.stop;
    empty.hidden = questions.length > 0 || !candidates.length;
    empty.textContent = stop === "confident"
      ? "The leading condition already holds most of the probability: more questions would change little. A clinician can confirm or rule it out."
      : "No further question would tell the leading conditions apart.";
    $("next-section").hidden = candidates.length === 0 && questions.length === 0;
  }

  function answerQuestion(findings, id, kind, label, replaces) {
    const words = { yes: "present", no: "absent", unknown: "not known" }[kind];
    const announce = `“${upperFirst(label)}” noted as ${words}; the ranking and questions are updated.`;
    const next = copyFindings(findings);
    // A "yes" to a more specific form of a present finding takes its place (the ranking
    // would otherwise count both).
    const dropped = kind === "yes" ? [id, ...replaces] : [id];
    next.present = next.present.filter((x) => !dropped.includes(x));
    next.excluded = next.excluded.filter((x) => x !== id);
    next.unknown = next.unknown.filter((x) => x !== id);
    if (kind === "yes") next.present.push(id);
    else if (kind === "no") next.excluded.push(id);
    else next.unknown.push(id);
    go({ ...next, q: current.state.q, explicit: true, clinician: current.state.clinician }, () => {
      const first = document.querySelector("#next .question button.yes");
      (first || $("next-title")).focus();
      setStatus(announce);
    });
  }

  // ---- findings: chips ----

  const copyFindings = (f) => ({
    present: [...f.present], excluded: [...f.excluded], groups: f.groups.map((g) => [...g]),
    noneGroups: f.noneGroups.map((g) => [...g]), unknown: [...f.unknown],
  });

  function chipItems(findings) {
    const items = [];
    for (const id of findings.present) items.push({ key: id, kind: "present", ids: [id] });
    for (const g of findings.groups) items.push({ key: g.join("|"), kind: "any", ids: g });
    for (const g of findings.noneGroups) items.push({ key: g.join("|"), kind: "none", ids: g });
    for (const id of findings.excluded) items.push({ key: id, kind: "absent", ids: [id] });
    for (const id of findings.unknown) items.push({ key: id, kind: "unknown", ids: [id] });
    return items;
  }

  function renderChips(findings, clinician) {
    const list = $("chips");
    list.replaceChildren();
    const items = chipItems(findings);
    items.forEach((item, index) => {
      const label = item.ids.map((id) => lowerFirst(labelOf(id))).join(" or ");
      const kindWords = { present: "has", any: "any of", none: "none of", absent: "absent", unknown: "not known" }[item.kind];
      const flipTo = { present: "absent", any: "absent", none: "present", absent: "present", unknown: "present" }[item.kind];
      const cls = { present: "present", any: "present", none: "excluded", absent: "excluded", unknown: "unknown" }[item.kind];
      list.append(el("li", { class: `chip ${cls}`, "data-id": item.ids[0], "data-key": item.key },
        el("span", { class: "kind", text: kindWords }),
        el("span", { class: "label", text: upperFirst(label) }),
        clinician ? el("span", { class: "id", text: item.ids.join(" | ") }) : null,
        el("button", {
          type: "button", class: "flip", "aria-label": `Mark ${label} as ${flipTo}`, title: `Mark as ${flipTo}`, text: "⇄",
          onclick: () => changeChip(findings, item, "flip", index),
        }),
        el("button", {
          type: "button", class: "remove", "aria-label": `Remove ${label}`, title: "Remove", text: "×",
          onclick: () => changeChip(findings, item, "remove", index),
        })));
    });
    $("no-findings").hidden = items.length > 0;
  }

  function changeChip(findings, item, action, index) {
    const next = copyFindings(findings);
    const drop = (list) => list.filter((id) => !item.ids.includes(id));
    const dropGroup = (groups) => groups.filter((g) => g.join("|") !== item.key);
    next.present = drop(next.present);
    next.excluded = drop(next.excluded);
    next.unknown = drop(next.unknown);
    next.groups = dropGroup(next.groups);
    next.noneGroups = dropGroup(next.noneGroups);
    let flippedKey = item.key;
    if (action === "flip") {
      // An "any of" group keeps its members when flipped: it becomes "none of", and back.
      if (item.kind === "any") next.noneGroups.push(item.ids);
      else if (item.kind === "none") next.groups.push(item.ids);
      else if (item.kind === "present") next.excluded.push(item.ids[0]);
      else next.present.push(item.ids[0]);
      flippedKey = item.key;
    }
    const label = item.ids.map((id) => lowerFirst(labelOf(id))).join(" or ");
    go({ ...next, q: current.state.q, explicit: true, clinician: current.state.clinician }, () => {
      const chips = [...document.querySelectorAll("#chips li")];
      if (action === "flip") {
        const same = chips.find((c) => c.dataset.key === flippedKey);
        if (same) same.querySelector("button.flip").focus();
        setStatus(`“${upperFirst(label)}” changed; the ranking is updated.`);
      } else {
        const target = chips[Math.min(index, chips.length - 1)];
        (target ? target.querySelector("button.remove") : $("term-input")).focus();
        setStatus(`“${upperFirst(label)}” removed; the ranking is updated.`);
      }
    });
  }

  function renderContext(ask) {
    const { age, sex, categories } = context(ask);
    const parts = [];
    if (categories.length) parts.push(`kind of disease: ${categories.join(", ")}`);
    if (age !== null) parts.push(`age: ${age} years`);
    if (sex) parts.push(`sex: ${sex}`);
    const line = $("context");
    line.textContent = parts.length ? `Also from the question: ${parts.join("; ")}.` : "";
    line.hidden = parts.length === 0;
  }

  // ---- summary with "Read more", then the sources ----

  // "[1]" or "[1, 3]" become links to the numbered sources.
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
        sup.append(known.has(n) ? el("a", { href: `#cite-${n}`, class: "cite", "aria-label": `source ${n}`, text: n }) : n);
      });
      sup.append("]");
      parts.push(sup);
      last = match.index + match[0].length;
    }
    parts.push(text.slice(last));
    return parts;
  }

  function sentences(list, known) {
    return (list || []).map((s) => [s.text, " ", ...((s.citations || []).length ? linkedText(`[${s.citations.join(", ")}]`, known) : []), " "]);
  }

  const NARRATIVE = [["candidates", "The leading conditions"], ["contrasts", "How they differ"], ["management", "Management"], ["next_steps", "Next steps"]];

  function renderSummary(ask, changed) {
    const section = $("summary-section");
    if (!ask || !(ask.candidates || []).length) {
      section.hidden = true;
      return;
    }
    const known = new Set((ask.citations || []).map((c) => String(c.n)));
    const sections = ask.sections || {};
    $("summary").replaceChildren(el("p", {}, sentences(sections.summary, known)), ask.disclaimer ? el("p", { class: "muted", text: ask.disclaimer }) : null);
    const narrative = $("narrative");
    const parts = [];
    for (const [key, title] of NARRATIVE) {
      if (!(sections[key] || []).length) continue;
      parts.push(el("h3", { text: title }), el("p", {}, sentences(sections[key], known)));
    }
    narrative.replaceChildren(...parts);
    const readMore = $("read-more");
    readMore.hidden = parts.length === 0;
    const open = readMore.getAttribute("aria-expanded") === "true";
    narrative.hidden = !open;
    $("summary-stale").hidden = !changed;
    section.hidden = false;
  }

  function renderSources(ask, candidates) {
    const list = $("citations");
    list.replaceChildren();
    if (ask && (ask.citations || []).length) {
      for (const c of ask.citations) {
        const generic = !c.title || c.title === c.id || /^PubMed \d+$/.test(c.title);
        const link = c.url
          ? el("a", { href: c.url, rel: "noopener noreferrer", class: "source", text: c.id.startsWith("PMID:") ? referenceText(c.id) : generic ? c.id : c.title })
          : el("span", { text: generic ? c.id : c.title });
        const rest = [];
        if (c.url && !generic && c.id.startsWith("PMID:")) rest.push(el("span", { text: `${c.title} · ` }));
        if (!c.url && !generic) rest.push(" ", el("span", { class: "source-ids", text: c.id }));
        else if (c.url && !generic && !c.id.startsWith("PMID:")) rest.push(" ", el("span", { class: "source-ids", text: c.id }));
        const item = el("li", { id: `cite-${c.n}`, value: c.n, tabindex: "-1" });
        if (c.url && !generic && c.id.startsWith("PMID:")) item.append(...rest, link);
        else item.append(link, ...rest);
        list.append(item);
      }
    } else {
      // Findings only: the references behind the evidence shown, as links.
      const refs = [...new Set(candidates.flatMap((c) => (c.evidence || []).flatMap((e) => e.references || [])))];
      refs.slice(0, 30).forEach((id) => list.append(el("li", {}, referenceLink(id, "source"))));
      if (candidates.length) list.append(el("li", {}, el("a", { href: "https://hpo.jax.org/", rel: "noopener noreferrer", class: "source", text: "Human Phenotype Ontology and disease annotations" }), ` (release ${current.interview.data_release})`));
    }
    $("sources-section").hidden = list.children.length === 0;
  }

  function renderCoverage() {
    const box = $("coverage");
    if (!info) return;
    box.textContent = `What this covers: the ${info.diseases.toLocaleString("en")} conditions whatcauses knows, that is the rare diseases annotated in the Human Phenotype Ontology (release ${info.data_release}) and curated profiles of common conditions. A condition outside these cannot appear in the list.`;
  }

  // ---- focus ----

  function applyFocus() {
    const focus = pendingFocus;
    pendingFocus = null;
    if (focus) focus();
  }

  // ---- the question box: counter with the server's limit ----

  function updateCounter() {
    const length = $("question").value.trim().length;
    const limit = limits.max_question_chars;
    const counter = $("counter");
    const over = length > limit;
    counter.textContent = over
      ? `${length.toLocaleString("en")} / ${limit.toLocaleString("en")} characters: ${(length - limit).toLocaleString("en")} too many`
      : `${length.toLocaleString("en")} / ${limit.toLocaleString("en")} characters`;
    counter.classList.toggle("over", over);
    return !over;
  }

  function ask(question) {
    const q = question.trim();
    if (!q) {
      setStatus("Type a question or some symptoms first.", true);
      $("question").focus();
      return;
    }
    if (!updateCounter()) {
      setStatus(`The question is too long: the server reads up to ${limits.max_question_chars.toLocaleString("en")} characters. Shorten it and ask again.`, true);
      $("question").focus();
      return;
    }
    $("read-more").setAttribute("aria-expanded", "false");
    showAll = false;
    go({ q, present: [], excluded: [], groups: [], noneGroups: [], unknown: [], explicit: false, clinician: readState().clinician }, () => {
      const urgent = $("urgent");
      if (!urgent.hidden) urgent.focus();
      else if (!$("candidates-section").hidden) $("results-title").focus();
    });
  }

  // ---- finding autocomplete (ARIA combobox with a listbox popup) ----

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
      const base = current ? copyFindings(current.findings) : { present: [], excluded: [], groups: [], noneGroups: [], unknown: [] };
      const mode = document.querySelector('input[name="mode"]:checked').value;
      const next = copyFindings(base);
      next.present = next.present.filter((x) => x !== term.id);
      next.excluded = next.excluded.filter((x) => x !== term.id);
      next.unknown = next.unknown.filter((x) => x !== term.id);
      (mode === "excluded" ? next.excluded : next.present).push(term.id);
      const state = readState();
      go({ ...next, q: state.q, explicit: true, clinician: state.clinician }, () => {
        input.focus();
        setStatus(`“${term.label}” added as ${mode === "excluded" ? "absent" : "present"}; the ranking is updated.`);
      });
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
        }, el("span", { text: t.label }),
        t.matched && t.matched.toLowerCase() !== t.label.toLowerCase() ? el("span", { class: "syn", text: ` (“${t.matched}”)` }) : null)));
        if (!options.length) list.append(el("li", { role: "option", "aria-disabled": "true", "aria-selected": "false", text: "No matching finding" }));
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        highlight(options.length ? 0 : -1);
      } catch (error) {
        if (mine === asked) setStatus(error.message, true);
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

  function beforePrint() {
    for (const d of document.querySelectorAll("#candidates details")) d.open = true;
    const release = info ? info.data_release : $("data-release").textContent;
    $("print-meta").textContent = `Printed ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC from whatcauses · HPO data release ${release}. Not medical advice.`;
  }

  document.addEventListener("DOMContentLoaded", () => {
    const question = $("question");
    $("ask-form").addEventListener("submit", (event) => {
      event.preventDefault();
      ask(question.value);
    });
    question.addEventListener("keydown", (event) => {
      // Enter asks; Shift+Enter starts a new line.
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        ask(question.value);
      }
    });
    question.addEventListener("input", updateCounter);
    for (const button of document.querySelectorAll("#examples button[data-q]")) {
      button.addEventListener("click", () => ask(button.dataset.q));
    }
    $("view-toggle").addEventListener("click", () => {
      const state = readState();
      state.clinician = !state.clinician;
      history.replaceState(null, "", queryString(state));
      if (current) {
        current.state = { ...current.state, clinician: state.clinician };
        paint();
      }
      $("view-toggle").setAttribute("aria-pressed", String(state.clinician));
      document.body.classList.toggle("clinician", state.clinician);
    });
    $("more-candidates").addEventListener("click", () => {
      const count = document.querySelectorAll("#candidates li.card").length;
      showAll = true;
      paint();
      const next = document.querySelectorAll("#candidates li.card")[count];
      if (next) {
        const target = next.querySelector("summary, button");
        if (target) target.focus();
      }
    });
    $("read-more").addEventListener("click", () => {
      const button = $("read-more");
      const open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      button.textContent = open ? "Show less" : "Read more";
      $("narrative").hidden = !open;
    });
    $("print-button").addEventListener("click", () => {
      beforePrint();
      window.print();
    });
    window.addEventListener("beforeprint", beforePrint);
    setupAutocomplete();
    window.addEventListener("popstate", () => render(readState()));
    const started = Promise.all([
      api("/api/limits").then((found) => { limits = found; }).catch(() => {}),
      api("/api/info").then((found) => {
        info = found;
        $("data-release").textContent = found.data_release;
        $("version").textContent = found.version;
      }).catch(() => {}),
    ]);
    started.then(() => {
      updateCounter();
      if (shownKey === null) render(readState()); // unless a question was asked meanwhile
    });
  });
})();
