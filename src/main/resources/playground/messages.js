// Renders the lines of a room's log: members' bubbles, the bot's messages (text, product cards, card
// series, listings, files), notices and room news. Every string from the server goes in as text,
// never as HTML.
'use strict';

window.Playground = window.Playground || {};

(function (P) {
  /** Creates an element; string children become text nodes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'testid') e.dataset.testid = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }

  function initials(name) {
    const parts = String(name || '?').trim().split(/\s+/);
    const first = Array.from(parts[0] || '?')[0] || '?';
    const second = parts.length > 1 ? (Array.from(parts[1])[0] || '') : '';
    return (first + second).toUpperCase();
  }

  function hue(id) {
    let h = 0;
    for (const ch of String(id)) h = (h * 31 + ch.codePointAt(0)) % 360;
    return h;
  }

  function avatar(member) {
    const a = el('span', { class: 'avatar', title: member.name, 'aria-hidden': 'true' }, initials(member.name));
    a.style.backgroundColor = 'hsl(' + hue(member.id) + ', 55%, 45%)';
    return a;
  }

  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  function time(at) {
    const d = new Date(at);
    return isNaN(d) ? '' : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function richText(segments) {
    const box = el('div', { class: 'rich' });
    for (const s of segments || []) {
      const tag = { BOLD: 'strong', ITALIC: 'em', CODE: 'code' }[s.style] || 'span';
      box.append(el(tag, {}, s.text));
    }
    return box;
  }

  /** One button: an action (press goes to the bot) or a link (opens in a new tab). */
  function button(b, actions) {
    const url = safeUrl(b.url);
    if (b.url !== undefined && b.url !== null) {
      return url
        ? el('a', { class: 'botbtn link', href: url, target: '_blank', rel: 'noopener noreferrer',
          testid: 'bot-link' }, b.label + ' ↗')
        : el('span', { class: 'botbtn disabled' }, b.label);
    }
    return el('button', { type: 'button', class: 'botbtn', testid: 'bot-button', 'data-label': b.label,
      onclick: () => actions.press(b) }, b.label);
  }

  function buttonRows(rows, actions) {
    if (!rows || rows.length === 0) return null;
    return el('div', { class: 'buttons', testid: 'buttons' },
      rows.map(r => el('div', { class: 'button-row' }, r.map(b => button(b, actions)))));
  }

  function card(m, actions) {
    const picture = safeUrl(m.pictureUrl);
    return el('div', { class: 'card', testid: 'product-card' },
      picture ? el('img', { class: 'picture', src: picture, alt: m.title, loading: 'lazy', testid: 'card-picture',
        referrerpolicy: 'no-referrer' }) : null,
      el('div', { class: 'card-body' },
        m.badge ? el('span', { class: 'badge', testid: 'card-badge' }, m.badge) : null,
        el('div', { class: 'title', testid: 'card-title' }, m.title),
        el('div', { class: 'prices' },
          m.price ? el('span', { class: 'price', testid: 'card-price' }, m.price) : null,
          m.listPrice ? el('s', { class: 'list-price', testid: 'card-list-price' }, m.listPrice) : null),
        (m.details || []).length ? el('ul', { class: 'details', testid: 'card-details' },
          m.details.map(d => el('li', {}, d))) : null,
        m.prompt ? el('div', { class: 'prompt', testid: 'card-prompt' }, m.prompt) : null),
      buttonRows(m.buttons, actions));
  }

  function listing(m, actions) {
    const table = el('table', { class: 'listing-table' });
    for (const s of m.sections || []) {
      if (s.heading) {
        table.append(el('tr', { class: 'heading' }, el('th', { colspan: 2 }, s.heading)));
      }
      for (const item of s.items || []) {
        table.append(el('tr', { class: 'item', testid: 'listing-item' },
          el('td', {}, item.text, item.note ? el('div', { class: 'note' }, item.note) : null),
          el('td', { class: 'amount' }, item.amount || '')));
      }
      if (s.summary) {
        table.append(el('tr', { class: 'summary' }, el('td', { colspan: 2 }, s.summary)));
      }
    }
    return el('div', { class: 'listing', testid: 'listing' },
      el('div', { class: 'listing-title', testid: 'listing-title' }, m.title),
      table,
      (m.footer || []).length ? el('div', { class: 'footer' }, m.footer.map(f => el('div', {}, f))) : null,
      buttonRows(m.buttons, actions));
  }

  function documentMessage(m) {
    const size = typeof m.size === 'number' ? ' (' + Math.max(1, Math.round(m.size / 1024)) + ' KB)' : '';
    return el('div', { class: 'document', testid: 'document' },
      el('a', { href: m.url, download: m.fileName || 'file', testid: 'document-link' }, '📄 ' + m.fileName + size),
      m.caption ? el('div', { class: 'caption' }, m.caption) : null);
  }

  function botMessage(m, actions) {
    let body;
    switch (m.type) {
      case 'card': body = card(m, actions); break;
      case 'cards':
        body = el('div', { class: 'cards', testid: 'cards' },
          m.altText ? el('div', { class: 'alt' }, m.altText) : null,
          el('div', { class: 'carousel' }, (m.cards || []).map(c => card(c, actions))));
        break;
      case 'listing': body = listing(m, actions); break;
      case 'document': body = documentMessage(m); break;
      default:
        body = el('div', { class: 'text' }, richText(m.text), buttonRows(m.buttons, actions));
    }
    const quick = (m.quickReplies || []).length
      ? el('div', { class: 'quick-replies' }, m.quickReplies.map(b => {
        const chip = button(b, actions);
        chip.classList.add('chip');
        chip.dataset.testid = 'quick-reply';
        return chip;
      }))
      : null;
    return el('div', { class: 'bot-message', testid: 'bot-message', 'data-type': m.type }, body, quick);
  }

  function systemText(e) {
    const who = e.member ? e.member.name : '';
    switch (e.text) {
      case 'created': return 'Chat created; the bot was added';
      case 'joined': return who + ' joined';
      case 'changed': return who + "'s settings changed";
      default: return e.text || '';
    }
  }

  /** The element for one log line; {@code me} is the member the page speaks as in this room. */
  P.renderLine = function (e, me, actions) {
    const stamp = el('span', { class: 'time' }, time(e.at) + (e.edited ? ' · edited' : ''));
    let line;
    if (e.kind === 'system') {
      line = el('div', { class: 'line system', testid: 'line-system' }, systemText(e));
    } else if (e.kind === 'notice') {
      line = el('div', { class: 'line notice', testid: 'line-notice' },
        '🔔 ' + (e.member ? e.member.name + ': ' : '') + (e.text || ''));
    } else if (e.kind === 'bot') {
      line = el('div', { class: 'line bot', testid: 'line-bot' },
        el('span', { class: 'avatar bot-avatar', 'aria-hidden': 'true' }, '🐼'),
        el('div', { class: 'bubble' }, el('div', { class: 'name' }, 'GroupBuy bot'),
          botMessage(e.message || {}, actions), stamp));
    } else {
      const member = e.member || { id: '?', name: '?' };
      let content;
      if (e.photo) {
        content = el('div', { class: 'photo' },
          el('img', { src: e.photo.url, alt: 'photo', testid: 'member-photo' }),
          e.photo.caption ? el('div', { class: 'caption' }, e.photo.caption) : null);
      } else if (e.press) {
        content = el('div', { class: 'press', testid: 'member-press' }, 'pressed ',
          el('span', { class: 'pressed-label' }, e.press.label));
      } else {
        content = el('div', { class: 'said', testid: 'member-text' }, e.text || '');
      }
      line = el('div', { class: 'line member' + (me && me === member.id ? ' me' : ''), testid: 'line-member',
        'data-member': member.id },
      avatar(member),
      el('div', { class: 'bubble' }, el('div', { class: 'name' }, member.name), content, stamp));
    }
    line.dataset.entryId = String(e.id);
    line.dataset.seq = String(e.seq);
    line.dataset.kind = e.kind;
    return line;
  };

  P.el = el;
  P.avatar = avatar;
  P.initials = initials;
  P.hue = hue;
})(window.Playground);
