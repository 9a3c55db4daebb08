// The sandbox panel: the PandaPon simulator's orders with the seller's controls (advance, pay, ship,
// change price, refund, cancel) and a product price/stock form. Calls go to our own server, which
// drives the sandbox in-process; the callbacks that follow show up in the chat.
'use strict';

window.Playground = window.Playground || {};

(function (P) {
  const el = (...a) => P.el(...a);
  let refreshTimer = null;

  /** "12.5" or "12.50" yuan → 1250 fen; null when it is not an amount. */
  function fen(text) {
    const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text || '');
    if (!m) return null;
    return Number(m[1]) * 100 + Number((m[2] || '0').padEnd(2, '0'));
  }

  function yuan(f) {
    if (typeof f !== 'number') return '';
    const sign = f < 0 ? '-' : '';
    const a = Math.abs(f);
    return sign + '¥' + Math.floor(a / 100) + '.' + String(a % 100).padStart(2, '0');
  }

  function status(text, failed) {
    const s = document.getElementById('sandbox-status');
    s.textContent = text;
    s.classList.toggle('failed', !!failed);
  }

  async function act(label, path, body) {
    status(label + '…');
    try {
      const answer = await P.api('POST', path, body || {});
      status(label + ': done. Watch the chat for the callback.');
      return answer;
    } catch (e) {
      status(label + ': ' + e.message, true);
      return null;
    } finally {
      P.refreshOrders();
    }
  }

  function amountForm(placeholder, testid, apply) {
    const input = el('input', { placeholder, inputmode: 'decimal', testid: testid + '-input', size: 7 });
    const form = el('form', { class: 'inline', testid: testid + '-form' }, input,
      el('button', { type: 'submit', testid: testid + '-apply' }, 'OK'));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const f = fen(input.value);
      if (f === null || f <= 0) {
        status('Enter an amount in yuan, e.g. 12.50', true);
        return;
      }
      apply(f);
    });
    return form;
  }

  function orderRow(row) {
    const o = row.order;
    const base = '/playground/api/sandbox/orders/' + encodeURIComponent(o.orderId) + '/';
    const ours = row.room ? row.room.room + ' · #' + row.room.number : 'not ours';
    const tools = el('div', { class: 'order-tools', hidden: true });
    tools.append(
      el('div', { class: 'tool' }, el('span', {}, 'New total'),
        amountForm(yuan(o.totalAmount), 'order-price', f => act('Change price', base + 'price', { totalAmount: f }))),
      el('div', { class: 'tool' }, el('span', {}, 'Refund'),
        amountForm('¥', 'order-refund', f => act('Refund', base + 'refund', { amount: f }))));
    return el('div', { class: 'order', testid: 'order-row', 'data-order-id': o.orderId, 'data-status': o.status },
      el('div', { class: 'order-head' },
        el('strong', {}, ours),
        el('span', { class: 'platform' }, o.platform),
        el('span', { class: 'order-status', testid: 'order-status' }, o.status)),
      el('div', { class: 'order-meta' },
        el('span', { title: o.orderId }, '…' + o.orderId.slice(-6)),
        el('span', {}, 'total ' + yuan(o.totalAmount)),
        el('span', {}, 'paid ' + yuan(o.paidAmount)),
        o.refundAmount ? el('span', {}, 'refunded ' + yuan(o.refundAmount)) : null),
      el('div', { class: 'order-actions' },
        el('button', { type: 'button', testid: 'order-advance', title: 'Next status on the happy path',
          onclick: () => act('Advance', base + 'advance', { pay: true }) }, 'Advance'),
        el('button', { type: 'button', testid: 'order-pay', onclick: () => act('Pay', base + 'pay') }, 'Pay'),
        el('button', { type: 'button', testid: 'order-ship', onclick: () => act('Ship', base + 'ship') }, 'Ship'),
        el('button', { type: 'button', testid: 'order-more', onclick: () => { tools.hidden = !tools.hidden; } },
          'Price / refund…'),
        el('button', { type: 'button', testid: 'order-cancel', class: 'danger',
          onclick: () => act('Cancel', base + 'cancel', { reason: 'seller cancelled (playground)' }) }, 'Cancel')),
      tools);
  }

  P.refreshOrders = async function () {
    if (!P.state.sandbox) return;
    const onlyThis = document.getElementById('orders-this-room').checked;
    const room = P.state.room;
    const query = onlyThis && room ? '?room=' + encodeURIComponent(room) : '';
    const box = document.getElementById('orders');
    try {
      const answer = await P.api('GET', '/playground/api/sandbox/orders' + query);
      const open = new Set(Array.from(box.querySelectorAll('.order-tools:not([hidden])'))
        .map(t => t.parentElement.dataset.orderId));
      box.replaceChildren();
      if (answer.orders.length === 0) {
        box.append(el('p', { class: 'empty', testid: 'orders-empty' }, 'No orders yet. Check out in the chat.'));
      }
      for (const row of answer.orders) {
        const r = orderRow(row);
        if (open.has(row.order.orderId)) r.querySelector('.order-tools').hidden = false;
        box.append(r);
      }
    } catch (e) {
      status('Orders: ' + e.message, true);
    }
  };

  /** Bot messages often follow order changes: look again shortly after, once. */
  P.ordersSoon = function () {
    if (!P.state.sandbox) return;
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(P.refreshOrders, 600);
  };

  P.initSandbox = function () {
    const panel = document.getElementById('sandbox');
    panel.hidden = !P.state.sandbox;
    if (!P.state.sandbox) return;
    document.getElementById('orders-refresh').addEventListener('click', P.refreshOrders);
    document.getElementById('orders-this-room').addEventListener('change', P.refreshOrders);
    document.getElementById('product-form').addEventListener('submit', ev => {
      ev.preventDefault();
      const id = document.getElementById('product-id').value.trim();
      const price = document.getElementById('product-price').value;
      const stock = document.getElementById('product-stock').value.trim();
      if (!/^\d{6,20}$/.test(id)) {
        status('Enter the item id (6-20 digits)', true);
        return;
      }
      const base = '/playground/api/sandbox/products/' + id + '/';
      if (price.trim()) {
        const f = fen(price);
        if (f === null || f <= 0) {
          status('Enter a price in yuan, e.g. 39.90', true);
          return;
        }
        act('Product price', base + 'price', { price: f });
      } else if (/^\d{1,6}$/.test(stock)) {
        act('Product stock', base + 'stock', { stock: Number(stock) });
      } else {
        status('Enter a new price or a new stock', true);
      }
    });
    P.refreshOrders();
  };
})(window.Playground);
