// Small DOM helpers: every piece of data goes in as text, never as HTML.

export const $ = (selector) => document.querySelector(selector);

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onclick') node.addEventListener('click', value);
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(child ?? ''));
  }
  return node;
}

export function rows(table, items, toCells) {
  const body = $(`${table} tbody`);
  body.replaceChildren(...items.map((item) => el('tr', {}, ...toCells(item).map((cell) => el('td', {}, cell)))));
}

export function notice(text, isError = false) {
  const box = $('#notice');
  box.textContent = text;
  box.className = isError ? 'error' : '';
  box.hidden = !text;
}
