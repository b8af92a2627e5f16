// DueWise live quiz: the student's page. Served by the teacher's DueWise on the classroom
// network; talks only to the server that served it. Every text from the server is put on the
// page with textContent (never as HTML), so a name like <img src=x onerror=…> shows as text.
"use strict";

(function () {
  const T = {
    zh_CN: {
      brand: "明白账 · 课堂测验",
      codeTitle: "加入课堂测验",
      codeLabel: "加入码（投影上的 6 位数字）",
      codeSubmit: "继续",
      nameTitle: "你的名字",
      classListLabel: "在班级名单里选你的名字",
      orType: "或者输入你的名字",
      nameLabel: "名字",
      teamLabel: "选你的队",
      nameSubmit: "加入",
      who: "你是：{name}",
      whoTeam: "你是：{name}（{team}）",
      waitingTitle: "已加入",
      waitingText: "等老师打开第一道题。",
      number: "第 {n} 题，共 {total} 题",
      hintSingle: "选一个答案，再点“提交”。",
      hintMultiple: "选出所有正确的答案，再点“提交”。",
      hintTrueFalse: "选“对”或“错”，再点“提交”。",
      hintNumeric: "输入一个数（写不写单位都可以），再点“提交”。",
      hintOrdering: "按正确的顺序依次点选每一项，再点“提交”。",
      numberLabel: "你的答案",
      unit: "单位：{unit}",
      trueText: "对",
      falseText: "错",
      undo: "撤销上一步",
      clear: "重新排",
      placed: "第 {n} 个",
      notPlaced: "未排",
      submit: "提交",
      sent: "答案已保存。等老师公布答案。",
      locked: "已停止作答。",
      notAnswered: "这道题你没有作答。",
      yourAnswer: "你的答案：{answer}",
      right: "答对了！",
      partly: "部分正确：得 {score} 分（满分 1 分）",
      wrong: "不对。",
      noAnswer: "没有作答。",
      key: "正确答案：{key}",
      keyTag: "✓ 正确答案",
      keyNumber: "正确答案：{value}（误差 ±{tolerance} 以内都算对）",
      keyExact: "正确答案：{value}",
      scoreboard: "排行榜",
      points: "{points} 分",
      endedTitle: "测验结束",
      endedText: "谢谢参与！你可以下载自己的成绩文件，带回家导入你自己的明白账。",
      endedNoResults: "测验结束，谢谢参与！",
      download: "下载我的成绩文件",
      downloaded: "已下载。",
      connected: "已连接",
      reconnecting: "连接中断，正在重新连接……",
      replaced: "这个测验在另一个标签页或窗口里打开了。回到这里时会重新连接。",
      newQuestion: "第 {n} 题已打开",
      errors: {
        wrong_code: "加入码不对，请再看一下投影。",
        too_many_tries: "试错太多次，请 {seconds} 秒后再试。",
        name_empty: "请输入名字。",
        name_too_long: "名字最多 {limit} 个字。",
        name_taken: "这个名字已经有人用了。如果是你（换了手机或清除了浏览器），请老师让你重新加入，你的答案都还在；否则请换个名字。",
        full: "人数已满（最多 {limit} 人）。",
        bad_team: "请选一个队。",
        ended: "测验已经结束。",
        not_open: "这道题现在不收答案。",
        not_current: "老师已经换到别的题了。",
        already_answered: "这道题你已经答过了。",
        bad_answer: "请先选好答案。",
        unreadable_number: "看不懂这个数，请只写数字，例如 1,000 或 3.5。",
        too_large: "发送的内容太长。",
        unknown_token: "找不到你的加入记录，请重新加入。",
        not_saved: "老师的电脑没能保存，请再提交一次。",
        busy: "连接太多，请稍后再试。",
        network: "连不上老师的电脑，请检查是否连着教室的网络。",
        other: "出错了，请再试一次。",
      },
    },
    en: {
      brand: "DueWise · class quiz",
      codeTitle: "Join the class quiz",
      codeLabel: "Join code (the 6 digits on the projector)",
      codeSubmit: "Continue",
      nameTitle: "Your name",
      classListLabel: "Pick your name from the class list",
      orType: "or type your name",
      nameLabel: "Name",
      teamLabel: "Pick your team",
      nameSubmit: "Join",
      who: "You are: {name}",
      whoTeam: "You are: {name} ({team})",
      waitingTitle: "You're in",
      waitingText: "Wait for your teacher to open the first question.",
      number: "Question {n} of {total}",
      hintSingle: "Choose one answer, then tap Submit.",
      hintMultiple: "Choose every right answer, then tap Submit.",
      hintTrueFalse: "Choose True or False, then tap Submit.",
      hintNumeric: "Type a number (with or without its unit), then tap Submit.",
      hintOrdering: "Tap the items in the right order, then tap Submit.",
      numberLabel: "Your answer",
      unit: "Unit: {unit}",
      trueText: "True",
      falseText: "False",
      undo: "Undo last",
      clear: "Start again",
      placed: "number {n}",
      notPlaced: "not placed",
      submit: "Submit",
      sent: "Answer saved. Wait for your teacher to reveal the answer.",
      locked: "Answers are closed.",
      notAnswered: "You did not answer this question.",
      yourAnswer: "Your answer: {answer}",
      right: "Right!",
      partly: "Partly right: {score} of 1 point",
      wrong: "Not right.",
      noAnswer: "No answer.",
      key: "The answer: {key}",
      keyTag: "✓ right answer",
      keyNumber: "The answer: {value} (anything within ±{tolerance} counts)",
      keyExact: "The answer: {value}",
      scoreboard: "Scoreboard",
      points: "{points} points",
      endedTitle: "The quiz is over",
      endedText: "Thank you! You can download your own results file and import it into your own DueWise at home.",
      endedNoResults: "The quiz is over. Thank you!",
      download: "Download my results file",
      downloaded: "Downloaded.",
      connected: "Connected",
      reconnecting: "Connection lost, reconnecting…",
      replaced: "This quiz is open in another tab or window. Coming back here reconnects.",
      newQuestion: "Question {n} is open",
      errors: {
        wrong_code: "That join code is not right. Check the projector.",
        too_many_tries: "Too many tries. Try again in {seconds} seconds.",
        name_empty: "Please type your name.",
        name_too_long: "A name has at most {limit} characters.",
        name_taken: "Someone already uses this name. If it is you (a new phone, or a cleared browser), ask your teacher to let you join again: your answers are kept. Otherwise pick another name.",
        full: "The quiz is full (at most {limit} students).",
        bad_team: "Please pick a team.",
        ended: "The quiz has ended.",
        not_open: "This question is not taking answers now.",
        not_current: "Your teacher has moved to another question.",
        already_answered: "You have already answered this question.",
        bad_answer: "Choose your answer first.",
        unreadable_number: "That number cannot be read. Write digits only, for example 1,000 or 3.5.",
        too_large: "What you sent is too long.",
        unknown_token: "Your place in the quiz was not found. Please join again.",
        not_saved: "Your teacher's computer could not save it. Please submit again.",
        busy: "Too many connections. Please try again shortly.",
        network: "Cannot reach your teacher's computer. Check that you are on the classroom network.",
        other: "Something went wrong. Please try again.",
      },
    },
  };
  const STORE = "duewise-live";
  const $ = (id) => document.getElementById(id);
  // A random id of this page (kept over a reload): wrong join codes are counted per page, so
  // one student's slips never make the whole room wait when every phone shares one address.
  const PAGE_ID = pageId();
  const state = {
    lang: pickLanguage(),
    code: "",
    hello: null,
    token: null,
    session: null,
    view: null,
    etag: "",
    picked: null, // class-list name picked
    team: "",
    draft: null, // the answer being chosen: {choice}|{choices}|{value}|{order}|{text}
    draftFor: "",
    rover: 0, // the choice that is the group's one tab stop (the last one focused)
    focusIndex: null, // the choice to focus once the answer area is drawn again
    feedbackFor: "", // the question whose feedback was last announced
    ws: null,
    wsFailures: 0,
    polling: false,
    retry: 1000,
    connected: false,
    lastNumber: 0,
  };

  function pageId() {
    try {
      const kept = sessionStorage.getItem(STORE + ":page");
      if (kept && /^[0-9a-f]{32}$/.test(kept)) return kept;
    } catch (e) { /* no storage */ }
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    const id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    try { sessionStorage.setItem(STORE + ":page", id); } catch (e) { /* no storage */ }
    return id;
  }
  function pickLanguage() {
    try {
      const saved = localStorage.getItem(STORE + ":lang");
      if (saved === "zh_CN" || saved === "en") return saved;
    } catch (e) { /* private mode: no storage */ }
    return (navigator.language || "").toLowerCase().startsWith("zh") ? "zh_CN" : "en";
  }
  function t(key, params) {
    let text = T[state.lang][key];
    if (text === undefined) text = T.en[key] || key;
    return fill(text, params);
  }
  function fill(text, params) {
    return String(text).replace(/\{(\w+)\}/g, (m, k) => (params && k in params ? String(params[k]) : m));
  }
  function errorText(code, params) {
    const table = T[state.lang].errors;
    return fill(table[code] || table.other, params);
  }
  function loc(text) {
    if (!text) return "";
    return state.lang === "zh_CN" ? text.zh : text.en;
  }
  function setText(id, text) { $(id).textContent = text; }
  function show(id, visible) { $(id).hidden = !visible; }
  function announce(text) {
    const box = $("announce");
    box.textContent = "";
    window.setTimeout(() => { box.textContent = text; }, 50);
  }
  function saveToken() {
    try {
      localStorage.setItem(STORE, JSON.stringify({ session: state.session, token: state.token }));
    } catch (e) { /* no storage: a reload asks to join again */ }
  }
  function loadToken() {
    try {
      const saved = JSON.parse(localStorage.getItem(STORE) || "null");
      if (saved && typeof saved.token === "string") return saved;
    } catch (e) { /* ignore */ }
    return null;
  }
  function forgetToken() {
    try { localStorage.removeItem(STORE); } catch (e) { /* ignore */ }
    state.token = null;
  }

  async function api(method, path, body) {
    const headers = { "Content-Type": "application/json", "X-Live-Client": PAGE_ID };
    if (state.token) headers["X-Live-Token"] = state.token;
    let response;
    try {
      response = await fetch(path, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
        cache: "no-store", credentials: "omit",
      });
    } catch (e) {
      return { ok: false, status: 0, data: { error: "network" } };
    }
    let data = {};
    try { data = await response.json(); } catch (e) { data = { error: "other" }; }
    return { ok: response.ok, status: response.status, data };
  }

  // ---- screens ------------------------------------------------------------------------------

  function screen(name) {
    for (const id of ["screen-code", "screen-name", "screen-quiz"]) show(id, id === "screen-" + name);
  }
  function focus(id) { const el = $(id); if (el) el.focus(); }

  function translate() {
    document.documentElement.lang = state.lang === "zh_CN" ? "zh-CN" : "en";
    document.title = t("brand");
    setText("brand", t("brand"));
    for (const button of document.querySelectorAll(".lang")) {
      button.setAttribute("aria-pressed", String(button.dataset.lang === state.lang));
    }
    setText("code-title", t("codeTitle"));
    setText("code-label", t("codeLabel"));
    setText("code-submit", t("codeSubmit"));
    setText("name-title", t("nameTitle"));
    setText("class-list-label", t("classListLabel"));
    setText("or-type", t("orType"));
    setText("name-label", t("nameLabel"));
    setText("team-label", t("teamLabel"));
    setText("name-submit", t("nameSubmit"));
    setText("waiting-title", t("waitingTitle"));
    setText("waiting-text", t("waitingText"));
    setText("submit", t("submit"));
    setText("scoreboard-title", t("scoreboard"));
    setText("download", t("download"));
    setConnection(state.connected);
    if (state.view) render(state.view, false);
  }

  function setConnection(up) {
    state.connected = up;
    const box = $("connection");
    if (!state.token) { box.textContent = ""; return; }
    box.textContent = up ? t("connected") : t("reconnecting");
    box.classList.toggle("down", !up);
  }

  function choiceButton(role, markText, label) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "choice";
    button.setAttribute("role", role);
    const mark = document.createElement("span");
    mark.className = "mark";
    mark.setAttribute("aria-hidden", "true");
    mark.textContent = markText;
    const text = document.createElement("span");
    text.className = "text";
    text.textContent = label;
    button.append(mark, text);
    return button;
  }
  const LETTERS = "ABCDEFGHIJ";

  function renderClassList() {
    const hello = state.hello || { class_list: [], teams: [] };
    const list = $("class-list");
    list.replaceChildren();
    hello.class_list.forEach((name, i) => {
      const b = choiceButton("radio", "", name);
      b.setAttribute("aria-checked", String(state.picked === name));
      b.addEventListener("click", () => {
        state.picked = state.picked === name ? null : name;
        if (state.picked) $("name-input").value = "";
        renderClassList();
      });
      list.append(b);
    });
    show("class-list-box", hello.class_list.length > 0);
    const teams = $("teams");
    teams.replaceChildren();
    hello.teams.forEach((team) => {
      const b = choiceButton("radio", "", team);
      b.setAttribute("aria-checked", String(state.team === team));
      b.addEventListener("click", () => { state.team = team; renderClassList(); });
      teams.append(b);
    });
    show("team-box", hello.teams.length > 0);
  }

  function answerText(question, answer) {
    if (!answer) return "";
    const choices = question.choices.map(loc);
    if ("choice" in answer) return LETTERS[answer.choice] + ". " + choices[answer.choice];
    if ("choices" in answer) return answer.choices.map((p) => LETTERS[p] + ". " + choices[p]).join("; ");
    if ("order" in answer) return answer.order.map((p, k) => (k + 1) + ". " + choices[p]).join(" → ");
    if ("text" in answer) return answer.text;
    if ("value" in answer) return answer.value ? t("trueText") : t("falseText");
    return "";
  }

  function render(view, fresh) {
    state.view = view;
    state.etag = view.etag;
    screen("quiz");
    const me = view.me || { name: "", team: "" };
    setText("who", me.team ? t("whoTeam", me) : t("who", me));
    const q = view.question;
    show("waiting", view.phase === "lobby");
    show("ended", view.phase === "ended");
    show("question-box", !!q && view.phase !== "ended");
    if (view.phase === "ended") {
      setText("ended-title", t("endedTitle"));
      setText("ended-text", view.results ? t("endedText") : t("endedNoResults"));
      show("download", !!view.results);
      if (fresh) focus("ended-title");
    }
    if (view.phase === "lobby" && fresh) focus("waiting-title");
    renderScoreboard(view.scoreboard);
    if (!q || view.phase === "ended") return;
    const key = q.id + ":" + view.number;
    const isNew = state.draftFor !== key;
    if (isNew) {
      state.draftFor = key;
      state.draft = q.type === "multiple" ? { choices: [] } : q.type === "ordering" ? { order: [] } : null;
      state.rover = 0;
      state.focusIndex = null;
      setText("answer-error", "");
    }
    setText("question-number", t("number", { n: view.number, total: view.total }));
    setText("prompt", loc(q.prompt));
    const hints = { single: "hintSingle", multiple: "hintMultiple", true_false: "hintTrueFalse",
      numeric: "hintNumeric", ordering: "hintOrdering" };
    const open = view.phase === "open" && !view.mine;
    setText("hint", open ? t(hints[q.type]) : "");
    renderAnswer(q, view, open);
    show("submit", open);
    updateSubmit(q);
    let status = "";
    if (view.mine && view.phase === "open") status = t("sent");
    else if (view.phase === "closed") status = view.mine ? t("locked") : t("locked") + " " + t("notAnswered");
    setText("answer-status", status);
    const said = renderFeedback(q, view);
    if (isNew && view.phase === "open" && view.number !== state.lastNumber) {
      state.lastNumber = view.number;
      // The focus lands on the question: a screen reader reads it, Tab goes on to the choices.
      if (fresh) { announce(t("newQuestion", { n: view.number })); focus("prompt"); }
    }
    if (view.phase === "revealed" && fresh && view.feedback && state.feedbackFor !== key) {
      state.feedbackFor = key;
      focus("feedback-title");
      announce(said);
    }
  }

  function renderAnswer(q, view, open) {
    const area = $("answer-area");
    const mine = view.mine;
    const draft = mine || state.draft || {};
    const keyShown = view.phase === "revealed" && view.feedback ? view.feedback.key : null;
    const active = document.activeElement;
    const activeIndex = active && area.contains(active) && active.dataset ? active.dataset.index : undefined;
    const activeInput = active && active.id === "number-input";
    area.replaceChildren();
    if (q.type === "numeric") {
      const label = document.createElement("label");
      label.htmlFor = "number-input";
      label.textContent = t("numberLabel");
      const input = document.createElement("input");
      input.id = "number-input";
      input.setAttribute("inputmode", "decimal");
      input.setAttribute("autocomplete", "off");
      input.maxLength = 100;
      input.value = mine ? mine.text : (state.draft && state.draft.text) || "";
      input.disabled = !open;
      input.setAttribute("aria-describedby", "answer-error hint");
      input.addEventListener("input", () => { state.draft = { text: input.value }; updateSubmit(q); });
      input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); submit(); } });
      area.append(label, input);
      if (q.unit) {
        const unit = document.createElement("p");
        unit.className = "unit";
        unit.textContent = t("unit", { unit: loc(q.unit) });
        area.append(unit);
      }
      if (activeInput) input.focus();
      return;
    }
    const group = document.createElement("div");
    group.className = "choices";
    group.setAttribute("aria-labelledby", "prompt");
    const items = q.type === "true_false" ? [t("trueText"), t("falseText")] : q.choices.map(loc);
    const role = q.type === "multiple" ? "checkbox" : q.type === "ordering" ? "button" : "radio";
    if (role === "radio") group.setAttribute("role", "radiogroup");
    else if (role === "checkbox") group.setAttribute("role", "group");
    else group.setAttribute("role", "list");
    // One tab stop for the whole group (roving tabindex): the chosen radio, else the choice
    // focused last; the arrow keys move inside the group.
    let stop = Math.min(state.rover, items.length - 1);
    if (q.type === "single" && typeof draft.choice === "number") stop = draft.choice;
    if (q.type === "true_false" && typeof draft.value === "boolean") stop = draft.value ? 0 : 1;
    const buttons = [];
    items.forEach((label, i) => {
      let mark = q.type === "true_false" ? "" : LETTERS[i];
      let chosen = false;
      if (q.type === "single") chosen = draft.choice === i;
      else if (q.type === "true_false") chosen = draft.value === (i === 0);
      else if (q.type === "multiple") chosen = (draft.choices || []).includes(i);
      const place = q.type === "ordering" ? (draft.order || []).indexOf(i) : -1;
      if (q.type === "ordering") mark = place >= 0 ? String(place + 1) : "";
      const b = choiceButton(role, mark, label);
      b.dataset.index = String(i);
      if (q.type === "ordering") {
        b.setAttribute("aria-pressed", String(place >= 0));
        b.setAttribute("aria-label", label + ", " + (place >= 0 ? t("placed", { n: place + 1 }) : t("notPlaced")));
        const wrap = document.createElement("div");
        wrap.setAttribute("role", "listitem");
        wrap.append(b);
        group.append(wrap);
      } else {
        b.setAttribute("aria-checked", String(chosen));
        group.append(b);
      }
      b.disabled = !open;
      if (keyShown) {
        let isKey = false;
        if ("choice" in keyShown) isKey = keyShown.choice === i;
        else if ("choices" in keyShown) isKey = keyShown.choices.includes(i);
        else if ("value" in keyShown && q.type === "true_false") isKey = keyShown.value === (i === 0);
        if (isKey) {
          b.classList.add("key");
          const tag = document.createElement("span");
          tag.className = "tag";
          tag.textContent = t("keyTag");
          b.querySelector(".text").append(" ", tag);
        }
      }
      b.tabIndex = i === stop ? 0 : -1;
      b.addEventListener("click", () => choose(q, i));
      b.addEventListener("focus", () => { state.rover = i; });
      b.addEventListener("keydown", (event) => choiceKey(event, q, role, buttons, i));
      buttons.push(b);
    });
    area.append(group);
    const want = state.focusIndex !== null ? state.focusIndex : activeIndex !== undefined ? Number(activeIndex) : null;
    state.focusIndex = null;
    if (open && want !== null && buttons[want]) buttons[want].focus();
    if (q.type === "ordering" && open) {
      const tools = document.createElement("div");
      tools.className = "tools";
      const undo = document.createElement("button");
      undo.type = "button";
      undo.textContent = t("undo");
      undo.addEventListener("click", () => { state.draft.order.pop(); render(state.view, false); });
      const clear = document.createElement("button");
      clear.type = "button";
      clear.textContent = t("clear");
      clear.addEventListener("click", () => { state.draft.order = []; render(state.view, false); });
      tools.append(undo, clear);
      area.append(tools);
    }
  }

  // The keyboard in a group of choices: arrows (and Home/End) move between them, and in a radio
  // group they pick too (as native radio buttons do); Space picks or ticks (the button's own
  // click); Enter submits the answer.
  function choiceKey(event, q, role, buttons, i) {
    const n = buttons.length;
    let next = null;
    if (event.key === "ArrowDown" || event.key === "ArrowRight") next = (i + 1) % n;
    else if (event.key === "ArrowUp" || event.key === "ArrowLeft") next = (i - 1 + n) % n;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = n - 1;
    else if (event.key === "Enter") {
      event.preventDefault();
      if (!$("submit").disabled) submit();
      return;
    }
    if (next === null) return;
    event.preventDefault();
    state.rover = next;
    if (role === "radio") {
      state.focusIndex = next;
      choose(q, next);
      return;
    }
    buttons.forEach((b, k) => { b.tabIndex = k === next ? 0 : -1; });
    buttons[next].focus();
  }

  function choose(q, i) {
    const view = state.view;
    if (!view || view.phase !== "open" || view.mine) return;
    if (q.type === "single") state.draft = { choice: i };
    else if (q.type === "true_false") state.draft = { value: i === 0 };
    else if (q.type === "multiple") {
      const set = state.draft.choices;
      const at = set.indexOf(i);
      if (at >= 0) set.splice(at, 1); else set.push(i);
    } else if (q.type === "ordering") {
      const order = state.draft.order;
      const at = order.indexOf(i);
      if (at >= 0) order.splice(at, 1); else order.push(i);
    }
    setText("answer-error", "");
    render(view, false);
  }

  function updateSubmit(q) {
    const d = state.draft;
    let ready = false;
    if (d) {
      if (q.type === "single") ready = typeof d.choice === "number";
      else if (q.type === "true_false") ready = typeof d.value === "boolean";
      else if (q.type === "multiple") ready = d.choices.length > 0;
      else if (q.type === "ordering") ready = d.order.length === q.choices.length;
      else if (q.type === "numeric") ready = !!(d.text && d.text.trim());
    }
    $("submit").disabled = !ready;
  }

  function renderFeedback(q, view) {
    const fb = view.feedback;
    show("feedback", !!fb);
    if (!fb) return "";
    const box = $("feedback");
    const score = fb.score === null ? null : Number(fb.score);
    let title;
    if (fb.score === null) title = t("noAnswer");
    else if (fb.correct) title = t("right");
    else if (score > 0) title = t("partly", { score: fb.score });
    else title = t("wrong");
    box.classList.toggle("right", !!fb.correct);
    box.classList.toggle("wrong", !fb.correct);
    setText("feedback-title", title);
    setText("feedback-mine", view.mine ? t("yourAnswer", { answer: answerText(q, view.mine) }) : "");
    let keyText = "";
    if (fb.key) {
      if (q.type === "numeric") keyText = t(Number(fb.key.tolerance) ? "keyNumber" : "keyExact", fb.key);
      else keyText = t("key", { key: answerText(q, fb.key) });
    }
    setText("feedback-key", keyText);
    setText("feedback-explanation", loc(fb.explanation));
    return [title, keyText].filter(Boolean).join(" ");
  }

  function renderScoreboard(board) {
    show("scoreboard-box", !!board && board.length > 0);
    const list = $("scoreboard");
    list.replaceChildren();
    if (!board) return;
    for (const row of board.slice(0, 10)) {
      const li = document.createElement("li");
      const name = document.createElement("span");
      name.textContent = row.rank + ". " + row.name;
      const pts = document.createElement("span");
      pts.textContent = t("points", { points: row.points });
      li.append(name, pts);
      list.append(li);
    }
  }

  // ---- actions ------------------------------------------------------------------------------

  async function submitCode(event) {
    event.preventDefault();
    const code = $("code-input").value.replace(/\s+/g, "");
    const r = await api("POST", "/api/hello", { code });
    if (!r.ok) {
      setText("code-error", errorText(r.data.error, r.data));
      focus("code-input");
      return;
    }
    setText("code-error", "");
    state.code = code;
    state.hello = r.data;
    state.session = r.data.session;
    renderClassList();
    screen("name");
    focus("name-title");
  }

  async function submitName(event) {
    event.preventDefault();
    const name = state.picked || $("name-input").value;
    const r = await api("POST", "/api/join", { code: state.code, name, team: state.team, language: state.lang });
    if (!r.ok) {
      setText("name-error", errorText(r.data.error, r.data));
      if (r.data.error === "wrong_code") screen("code");
      focus(state.picked ? "name-submit" : "name-input");
      return;
    }
    setText("name-error", "");
    state.token = r.data.token;
    state.session = r.data.view.session;
    saveToken();
    render(r.data.view, true);
    connect();
  }

  async function submit() {
    const view = state.view;
    if (!view || !view.question || !state.draft) return;
    const r = await api("POST", "/api/answer", { question: view.question.id, answer: state.draft, language: state.lang });
    if (r.ok) {
      render(r.data.view, false);
      announce(t("sent"));
      focus("answer-status");
      return;
    }
    if (r.status === 401) { restart(); return; }
    setText("answer-error", errorText(r.data.error, r.data));
    announce(errorText(r.data.error, r.data));
    if (r.data.error === "already_answered" || r.data.error === "not_open" || r.data.error === "not_current") refresh();
  }

  async function download() {
    const r = await fetch("/api/results", { headers: { "X-Live-Token": state.token }, cache: "no-store" })
      .catch(() => null);
    if (!r || !r.ok) { setText("download-status", errorText("other")); return; }
    const blob = await r.blob();
    const disposition = r.headers.get("Content-Disposition") || "";
    const match = /filename="([^"]+)"/.exec(disposition);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = match ? match[1] : "duewise-results.json";
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    setText("download-status", t("downloaded"));
  }

  function restart() {
    forgetToken();
    if (state.ws) { state.ws.onclose = null; state.ws.close(); state.ws = null; }
    state.view = null;
    setConnection(false);
    screen("code");
    setText("code-error", errorText("unknown_token"));
    focus("code-input");
  }

  // ---- staying connected: WebSocket, or long polling when it is not available ----------------

  async function refresh() {
    const r = await api("GET", "/api/state");
    if (r.ok) render(r.data, true);
    else if (r.status === 401) restart();
  }

  function connect() {
    if (!state.token) return;
    if (state.wsFailures >= 3 || !("WebSocket" in window)) { poll(); return; }
    if (state.ws) return;
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    let ws;
    try { ws = new WebSocket(scheme + location.host + "/ws"); } catch (e) { state.wsFailures += 1; poll(); return; }
    state.ws = ws;
    let opened = false;
    ws.onopen = () => { opened = true; ws.send(JSON.stringify({ token: state.token })); };
    ws.onmessage = (event) => {
      let view;
      try { view = JSON.parse(event.data); } catch (e) { return; }
      state.wsFailures = 0;
      state.retry = 1000;
      setConnection(true);
      render(view, true);
    };
    ws.onclose = (event) => {
      state.ws = null;
      setConnection(false);
      if (event.code === 4401) { restart(); return; }
      if (event.code === 4409) { setText("connection", t("replaced")); return; } // another tab
      if (!opened) state.wsFailures += 1;
      later(connect);
    };
  }

  async function poll() {
    if (state.polling || !state.token) return;
    state.polling = true;
    while (state.token) {
      const r = await api("GET", "/api/state?since=" + encodeURIComponent(state.etag || ""));
      if (r.ok) {
        state.retry = 1000;
        setConnection(true);
        if (r.data.etag !== state.etag || !state.view) render(r.data, true);
        continue;
      }
      if (r.status === 401) { state.polling = false; restart(); return; }
      setConnection(false);
      await new Promise((resolve) => window.setTimeout(resolve, state.retry));
      state.retry = Math.min(state.retry * 2, 10000);
    }
    state.polling = false;
  }

  function later(fn) {
    const wait = state.retry;
    state.retry = Math.min(state.retry * 2, 10000);
    window.setTimeout(fn, wait);
  }

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && state.token) {
      state.retry = 1000;
      refresh();
      connect();
    }
  });

  // ---- start ----------------------------------------------------------------------------------

  function start() {
    for (const button of document.querySelectorAll(".lang")) {
      button.addEventListener("click", () => {
        state.lang = button.dataset.lang;
        try { localStorage.setItem(STORE + ":lang", state.lang); } catch (e) { /* ignore */ }
        translate();
      });
    }
    $("code-form").addEventListener("submit", submitCode);
    $("name-form").addEventListener("submit", submitName);
    $("name-input").addEventListener("input", () => { if (state.picked) { state.picked = null; renderClassList(); } });
    $("submit").addEventListener("click", submit);
    $("download").addEventListener("click", download);
    translate();
    // The QR code carries the join code after "#": fill it in, and drop it from the address bar.
    const fromLink = /^#(\d{6})$/.exec(location.hash);
    if (fromLink) {
      $("code-input").value = fromLink[1];
      history.replaceState(null, "", location.pathname);
    }
    const saved = loadToken();
    if (saved) {
      state.token = saved.token;
      state.session = saved.session;
      api("GET", "/api/state").then((r) => {
        if (r.ok) { render(r.data, true); connect(); }
        else { forgetToken(); screen("code"); focus("code-input"); }
      });
    } else {
      screen("code");
      if (fromLink) $("code-form").requestSubmit();
    }
  }
  start();
})();
