// DOM building without innerHTML, so no text from the API is ever read as markup.

/** el('button', {type: 'submit', onclick: f}, 'text', child…): an element with attributes, handlers and children. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces an element's content. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

let fieldCount = 0;

/** A labelled field: a label bound to its input (or select/textarea), in one wrapper. */
export function field(label, control, hint) {
  if (!control.id) control.id = 'f' + (++fieldCount);
  const parts = [el('label', {for: control.id}, label), control];
  if (hint) {
    const h = el('span', {class: 'hint', id: control.id + '-hint'}, hint);
    control.setAttribute('aria-describedby', h.id);
    parts.push(h);
  }
  return el('div', {class: 'field'}, parts);
}
