// The playground page: chats (rooms) with their members, one long poll that follows every room's log,
// the composer (text, commands, pasted links and pictures, photo upload) and the bot's buttons.
'use strict';

window.Playground = window.Playground || {};

(function (P) {
  const el = (...a) => P.el(...a);
  const $ = id => document.getElementById(id);
  const state = P.state = {
    boot: null, after: 0, rooms: [], room: null, speaker: {}, sandbox: false,
    maxPhotoBytes: 5 * 1024 * 1024, panes: new Map(), unread: new Map(),
  };
  let stateTimer = null;
  let creatingRoom = false;

  P.api = async function (method, path, body) {
    const init = { method, headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const r = await fetch(path, init);
    let json = null;
    try {
      json = await r.json();
    } catch (ignored) {
      json = null;
    }
    if (!r.ok) throw new Error((json && json.error) || 'HTTP ' + r.status);
    return json;
  };

  function showError(text) {
    const e = $('error');
    e.textContent = text;
    e.hidden = false;
    clearTimeout(showError.timer);
    showError.timer = setTimeout(() => { e.hidden = true; }, 6000);
  }

  function toast(text) {
    const t = $('toast');
    t.textContent = text;
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { t.hidden = true; }, 4000);
  }

  const room = () => state.rooms.find(r => r.id === state.room) || null;
  const speakerId = () => state.speaker[state.room] || null;
  const speaker = () => (room() ? room().members.find(m => m.id === speakerId()) : null) || null;

  // ---- rooms, members, speaker

  async function loadState() {
    const s = await P.api('GET', '/playground/api/state');
    if (state.boot && s.boot !== state.boot) {
      state.panes.forEach(p => p.remove());
      state.panes.clear();
      state.unread.clear();
      state.speaker = {};
      state.after = 0;
    }
    state.boot = s.boot;
    state.sandbox = s.sandbox;
    state.maxPhotoBytes = s.maxPhotoBytes;
    state.rooms = s.rooms;
    if (state.rooms.length === 0 && !creatingRoom) {
      creatingRoom = true;
      try {
        await P.api('POST', '/playground/api/rooms', { title: 'Friends' });
      } finally {
        creatingRoom = false;
      }
      return loadState();
    }
    if (!room()) state.room = state.rooms.length ? state.rooms[0].id : null;
    for (const r of state.rooms) {
      const ids = r.members.map(m => m.id);
      if (!ids.includes(state.speaker[r.id])) state.speaker[r.id] = ids[0] || null;
    }
    render();
  }

  /** Room news (a member joined or changed): reload rooms and members once things settle. */
  function stateSoon() {
    clearTimeout(stateTimer);
    stateTimer = setTimeout(() => loadState().catch(e => showError(e.message)), 150);
  }

  function render() {
    const list = $('rooms');
    list.replaceChildren(...state.rooms.map(r => {
      const unread = state.unread.get(r.id) || 0;
      return el('li', {},
        el('button', { type: 'button', class: 'room-tab', testid: 'room-tab', 'data-room': r.id,
          'aria-current': r.id === state.room ? 'true' : null, onclick: () => select(r.id) },
        el('span', { class: 'room-name' }, r.title),
        el('span', { class: 'room-meta' }, r.members.length + ' 👤'),
        unread ? el('span', { class: 'unread', testid: 'unread' }, String(unread)) : null));
    }));
    const r = room();
    $('room-title').textContent = r ? r.title + (r.kind === 'private' ? ' (1:1)' : '') : '…';
    renderMembers(r);
    renderSpeaker(r);
    state.panes.forEach((pane, id) => { pane.hidden = id !== state.room; });
    paneFor(state.room);
    markMine();
  }

  function renderMembers(r) {
    const members = r ? r.members : [];
    $('members').replaceChildren(...members.map(m => {
      const lang = el('select', { class: 'lang', testid: 'member-lang', 'aria-label': 'Language of ' + m.name,
        onchange: ev => updateMember(m, { language: ev.target.value }) },
      ['en', 'th', 'zh'].map(code => el('option', { value: code, selected: m.language === code }, code)));
      return el('li', { class: 'member' + (m.id === speakerId() ? ' speaking' : ''), testid: 'member',
        'data-member-id': m.id, 'data-name': m.name },
      P.avatar(m),
      el('button', { type: 'button', class: 'member-name', title: 'Speak as ' + m.name,
        onclick: () => setSpeaker(m.id) }, m.name),
      el('label', { class: 'check admin-toggle', title: 'Admin of this chat' },
        el('input', { type: 'checkbox', checked: m.admin, testid: 'member-admin-toggle',
          onchange: ev => updateMember(m, { admin: ev.target.checked }) }), '👑'),
      lang);
    }));
    if (members.length === 0) {
      $('members').append(el('li', { class: 'empty' }, 'No members yet: add some below.'));
    }
  }

  function renderSpeaker(r) {
    const select = $('speaker');
    select.replaceChildren(...(r ? r.members : []).map(m =>
      el('option', { value: m.id, selected: m.id === speakerId() }, m.name + (m.admin ? ' 👑' : ''))));
    const s = speaker();
    const av = $('speaker-avatar');
    av.textContent = s ? P.initials(s.name) : '?';
    av.style.backgroundColor = s ? 'hsl(' + P.hue(s.id) + ', 55%, 45%)' : '#999';
    $('speaker-language').value = s ? s.language : 'en';
    $('speaker-language').disabled = !s;
  }

  function setSpeaker(id) {
    state.speaker[state.room] = id;
    render();
    $('text').focus();
  }

  function select(roomId) {
    state.room = roomId;
    state.unread.delete(roomId);
    render();
    scrollToEnd(true);
    if (P.refreshOrders) P.refreshOrders();
  }

  async function updateMember(m, change) {
    try {
      await P.api('POST', '/playground/api/rooms/' + state.room + '/members/' + m.id, change);
      await loadState();
    } catch (e) {
      showError(e.message);
    }
  }

  // ---- the log

  function paneFor(roomId) {
    if (!roomId) return null;
    let pane = state.panes.get(roomId);
    if (!pane) {
      pane = el('div', { class: 'pane', testid: 'pane', 'data-room': roomId });
      pane.hidden = roomId !== state.room;
      pane.lines = new Map();
      $('log').append(pane);
      state.panes.set(roomId, pane);
    }
    return pane;
  }

  function markMine() {
    const pane = paneFor(state.room);
    if (!pane) return;
    const me = speakerId();
    pane.querySelectorAll('.line.member').forEach(l => l.classList.toggle('me', l.dataset.member === me));
  }

  function nearEnd() {
    const log = $('log');
    return log.scrollHeight - log.scrollTop - log.clientHeight < 80;
  }

  function scrollToEnd(force) {
    const log = $('log');
    if (force || nearEnd()) log.scrollTop = log.scrollHeight;
  }

  const actions = {
    press: b => {
      const who = speakerId();
      if (!who) return showError('Add a member first: someone has to press the button.');
      P.api('POST', '/playground/api/rooms/' + state.room + '/presses', { member: who, payload: b.payload,
        label: b.label }).catch(e => showError(e.message));
    },
  };

  function apply(e) {
    if (!state.rooms.some(r => r.id === e.room)) stateSoon();
    const pane = paneFor(e.room);
    const follow = e.room === state.room && nearEnd();
    const line = P.renderLine(e, state.speaker[e.room], actions);
    const old = pane.lines.get(e.id);
    if (old) {
      old.replaceWith(line);
      line.classList.add('flash');
    } else {
      let after = pane.lastElementChild;
      while (after && Number(after.dataset.entryId) > e.id) after = after.previousElementSibling;
      if (after) after.after(line);
      else pane.prepend(line);
      if (e.room !== state.room && (e.kind === 'bot' || e.kind === 'member')) {
        state.unread.set(e.room, (state.unread.get(e.room) || 0) + 1);
        render();
      }
    }
    pane.lines.set(e.id, line);
    if (e.kind === 'system') stateSoon();
    if (e.kind === 'bot' && P.ordersSoon) P.ordersSoon();
    if (e.kind === 'notice' && e.room === state.room && e.member && e.member.id === speakerId()) toast(e.text);
    if (follow && !old) scrollToEnd(true);
  }

  async function poll() {
    for (;;) {
      try {
        const asked = Date.now();
        const batch = await P.api('GET', '/playground/api/events?wait=25&after=' + state.after);
        $('connection').textContent = '';
        if (batch.boot !== state.boot) {
          await loadState();
          continue;
        }
        batch.events.forEach(apply);
        state.after = batch.latest;
        // An empty answer that came at once means the server would not hold the poll: do not spin.
        if (batch.events.length === 0 && Date.now() - asked < 1000) {
          await new Promise(resolve => setTimeout(resolve, 1000));
        }
      } catch (e) {
        $('connection').textContent = 'Connection lost; retrying…';
        await new Promise(resolve => setTimeout(resolve, 2000));
      }
    }
  }

  // ---- the composer

  async function send(text) {
    const who = speakerId();
    if (!who) return showError('Add a member first, then speak as them.');
    if (!text.trim()) return;
    try {
      await P.api('POST', '/playground/api/rooms/' + state.room + '/messages', { member: who, text });
      scrollToEnd(true);
    } catch (e) {
      showError(e.message);
    }
  }

  async function sendPhoto(file) {
    const who = speakerId();
    if (!who) return showError('Add a member first, then speak as them.');
    if (!/^image\/(png|jpeg|gif|webp)$/.test(file.type)) return showError('Send a PNG, JPEG, GIF or WebP picture.');
    if (file.size > state.maxPhotoBytes) return showError('That picture is over 5 MB.');
    const caption = $('text').value.trim();
    const query = '?member=' + encodeURIComponent(who) + (caption ? '&caption=' + encodeURIComponent(caption) : '');
    try {
      const r = await fetch('/playground/api/rooms/' + state.room + '/photos' + query,
        { method: 'POST', headers: { 'Content-Type': file.type }, body: file });
      if (!r.ok) {
        const json = await r.json().catch(() => null);
        throw new Error((json && json.error) || 'HTTP ' + r.status);
      }
      $('text').value = '';
    } catch (e) {
      showError(e.message);
    }
  }

  function wire() {
    $('composer').addEventListener('submit', ev => {
      ev.preventDefault();
      const text = $('text').value;
      $('text').value = '';
      send(text);
    });
    $('text').addEventListener('keydown', ev => {
      if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
        ev.preventDefault();
        $('composer').requestSubmit();
      }
    });
    $('text').addEventListener('paste', ev => {
      const file = Array.from(ev.clipboardData ? ev.clipboardData.files : []).find(f => f.type.startsWith('image/'));
      if (file) {
        ev.preventDefault();
        sendPhoto(file);
      }
    });
    $('photo').addEventListener('change', ev => {
      const file = ev.target.files[0];
      ev.target.value = '';
      if (file) sendPhoto(file);
    });
    $('speaker').addEventListener('change', ev => setSpeaker(ev.target.value));
    $('speaker-language').addEventListener('change', ev => {
      const s = speaker();
      if (s) updateMember(s, { language: ev.target.value });
    });
    $('shortcuts').addEventListener('click', ev => {
      const command = ev.target.closest('[data-command]');
      if (command) send(command.dataset.command);
    });
    const newRoom = kind => async () => {
      try {
        const r = await P.api('POST', '/playground/api/rooms', { kind });
        state.room = r.id;
        await loadState();
      } catch (e) {
        showError(e.message);
      }
    };
    $('new-room').addEventListener('click', newRoom('group'));
    $('new-private').addEventListener('click', newRoom('private'));
    $('add-member').addEventListener('submit', async ev => {
      ev.preventDefault();
      const name = $('member-name').value.trim();
      if (!name || !state.room) return;
      try {
        const m = await P.api('POST', '/playground/api/rooms/' + state.room + '/members',
          { name, language: $('member-language').value, admin: $('member-admin').checked });
        $('member-name').value = '';
        $('member-admin').checked = false;
        if (!state.speaker[state.room]) state.speaker[state.room] = m.id;
        await loadState();
      } catch (e) {
        showError(e.message);
      }
    });
  }

  async function start() {
    wire();
    for (;;) {
      try {
        await loadState();
        break;
      } catch (e) {
        $('connection').textContent = 'Cannot reach the bot; retrying…';
        await new Promise(resolve => setTimeout(resolve, 2000));
      }
    }
    P.initSandbox();
    document.body.dataset.ready = 'true';
    poll();
  }

  document.addEventListener('DOMContentLoaded', start);
})(window.Playground);
