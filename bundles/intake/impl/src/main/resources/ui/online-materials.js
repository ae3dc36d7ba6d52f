// The applicant's materials online: a scan or photo from the phone or computer, uploaded once and then named by the
// reference the node gave it, or the number of an e-certificate (电子证照) the item accepts in its place.
import {el, field} from '/ui/shell/dom.js';

/** One material of the checklist ({code, name, requirement, eCertificateType}); read() answers it as submitted, or null. */
export function materialPicker(ctx, m) {
  const file = el('input', {type: 'file', id: 'online-file-' + m.code, name: 'file-' + m.code, accept: 'image/*,.pdf,.ofd'});
  const ecert = m.eCertificateType
    ? el('input', {id: 'online-ecert-' + m.code, name: 'ecert-' + m.code, autocomplete: 'off', spellcheck: 'false'}) : null;
  const tag = m.requirement ? ' · ' + ctx.t('requirement.' + m.requirement) : '';
  let uploaded = null;
  const element = el('fieldset', {class: 'online-material', dataset: {code: m.code}},
    el('legend', {}, m.code + ' ' + m.name + tag),
    field(ctx.t('online.material.file'), file),
    ecert ? field(ctx.t('online.material.ecert'), ecert, ctx.t('material.ecert.type', m.eCertificateType)) : null);
  return {
    code: m.code,
    element,
    async read() {
      if (ecert && ecert.value.trim()) return {code: m.code, fileRef: null, eCertificateRef: ecert.value.trim()};
      const chosen = file.files && file.files[0];
      if (!chosen) return null;
      // The same file is stored once: pre-review and submission name the same reference.
      if (!uploaded || uploaded.file !== chosen) {
        const stored = await ctx.api('POST', '/v1/files', chosen, {headers: {
          'X-File-Name': encodeURIComponent(chosen.name), 'Content-Type': chosen.type || 'application/octet-stream'}});
        uploaded = {file: chosen, ref: stored.fileRef};
      }
      return {code: m.code, fileRef: uploaded.ref, eCertificateRef: null};
    },
  };
}

/** What every picker holds, uploading new files first, in checklist order. */
export async function readPickers(pickers) {
  const out = [];
  for (const p of pickers) {
    const m = await p.read();
    if (m) out.push(m);
  }
  return out;
}

/** A material as a case names it ("M03 名称"), for a picker. */
export function fromLabel(label) {
  const text = String(label);
  const code = text.split(/\s+/)[0];
  return {code, name: text.slice(code.length).trim()};
}
