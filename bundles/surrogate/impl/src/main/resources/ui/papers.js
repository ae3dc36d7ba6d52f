// Papers the point takes: a scan uploaded through /api/v1/files, or a reference typed in (an e-certificate number,
// the number of a paper receipt). A village point runs no intake, so this module brings its own inputs.
import {el, field} from '/ui/shell/dom.js';

/** The file store (/api/v1/files) comes with intake: a village point without it names its papers by reference. */
function canUpload(ctx) {
  return (ctx.node.capabilities || []).includes('tongban-intake');
}

/** Uploads a chosen file; answers its file reference. */
async function upload(ctx, file) {
  const stored = await ctx.api('POST', '/v1/files', file, {headers: {
    'X-File-Name': encodeURIComponent(file.name), 'Content-Type': file.type || 'application/octet-stream'}});
  return stored.fileRef;
}

/**
 * A scan-or-reference pair under one id prefix: {element, value()} where value() uploads the chosen file (or takes the
 * typed reference) and answers the reference, or '' when neither is given.
 */
export function paper(ctx, id, legend, refLabel, refHint) {
  const file = el('input', {type: 'file', id: id + '-file', name: id + '-file', accept: '.pdf,.jpg,.jpeg,.png,.ofd'});
  const ref = el('input', {id: id + '-ref', name: id + '-ref', autocomplete: 'off', spellcheck: 'false'});
  const element = el('fieldset', {class: 'paper', id},
    el('legend', {}, legend),
    el('div', {class: 'row'}, canUpload(ctx) ? field(ctx.t('paper.file'), file) : null, field(refLabel, ref, refHint)));
  return {
    element,
    async value() {
      if (ref.value.trim()) return ref.value.trim();
      const chosen = file.files && file.files[0];
      return chosen ? upload(ctx, chosen) : '';
    },
  };
}

/** One checklist material: a scan or an e-certificate reference; read() answers the SubmittedMaterial or null. */
export function material(ctx, code, name, eCertificateType) {
  const file = el('input', {type: 'file', id: 'file-' + code, name: 'file-' + code, accept: '.pdf,.jpg,.jpeg,.png,.ofd'});
  const ecert = el('input', {id: 'ecert-' + code, name: 'ecert-' + code, autocomplete: 'off', spellcheck: 'false'});
  const element = el('fieldset', {class: 'paper', dataset: {code}},
    el('legend', {}, code + ' ' + name),
    el('div', {class: 'row'}, canUpload(ctx) ? field(ctx.t('paper.file'), file) : null,
      field(ctx.t('paper.ecert'), ecert, eCertificateType ? ctx.t('paper.ecert.type', eCertificateType) : null)));
  return {
    element,
    async read() {
      if (ecert.value.trim()) return {code, fileRef: null, eCertificateRef: ecert.value.trim()};
      const chosen = file.files && file.files[0];
      return chosen ? {code, fileRef: await upload(ctx, chosen), eCertificateRef: null} : null;
    },
  };
}

/** Every material the inputs hold, uploading chosen files one by one. */
export async function materials(inputs) {
  const out = [];
  for (const input of inputs) {
    const m = await input.read();
    if (m) out.push(m);
  }
  return out;
}

/** A comma- or 、-separated list typed in one field. */
export function list(text) {
  return String(text || '').split(/[,，、;\n]/).map((s) => s.trim()).filter(Boolean);
}

/** A stored scan opens from the file store; any other reference is shown as written. */
export function docLink(ref) {
  if (!ref) return '';
  return ref.startsWith('file:') ? el('a', {href: '/api/v1/files/' + encodeURIComponent(ref), target: '_blank', rel: 'noopener'}, ref) : ref;
}
