// Materials as the window takes them: a scan uploaded through /api/v1/files, or an e-certificate reference.
import {el, field} from '/ui/shell/dom.js';

/** One material's inputs: a file and an e-certificate reference; read() answers the SubmittedMaterial or null. */
export function materialInput(ctx, code, name, eCertificateType) {
  const file = el('input', {type: 'file', name: 'file-' + code, id: 'file-' + code, accept: '.pdf,.jpg,.jpeg,.png,.ofd'});
  const ref = el('input', {name: 'ecert-' + code, id: 'ecert-' + code, autocomplete: 'off'});
  const box = el('fieldset', {class: 'material', dataset: {code}},
    el('legend', {}, code + ' ' + name),
    el('div', {class: 'row'},
      field(ctx.t('material.file'), file),
      field(ctx.t('material.ecert'), ref, eCertificateType ? ctx.t('material.ecert.type', eCertificateType) : null)));
  return {
    element: box,
    async read() {
      if (ref.value.trim()) return {code, fileRef: null, eCertificateRef: ref.value.trim()};
      const chosen = file.files && file.files[0];
      if (!chosen) return null;
      const stored = await ctx.api('POST', '/v1/files', chosen, {headers: {
        'X-File-Name': encodeURIComponent(chosen.name), 'Content-Type': chosen.type || 'application/octet-stream'}});
      return {code, fileRef: stored.fileRef, eCertificateRef: null};
    },
  };
}

/** Every material the inputs hold, uploading the chosen files first. */
export async function readAll(inputs) {
  const out = [];
  for (const input of inputs) {
    const m = await input.read();
    if (m) out.push(m);
  }
  return out;
}

/** The checklist code of a material as a case lists it ("M03 名称" → "M03"). */
export function codeOf(label) {
  return String(label).split(/\s+/)[0];
}
