// A published selection recomputed in the browser, step by step, by the rules README's design notes state: every
// choice is SHA-256(seed + "|" + label + "#" + k) read as four big-endian 64-bit numbers with the sign bit cleared,
// the first below the largest multiple of n (k = 0, 1… until one is), modulo n; candidates in agency-id order.
import {sha256, hex} from './sha256.js';

const MAX = (1n << 63n) - 1n;

/** SHA-256 of a text, hex. */
export function digest(text) {
  return hex(sha256(text));
}

/** One labelled choice in [0, n), with every hash tried on the way: {label, n, bound, tries: [{input, hash, values, used}], index}. */
export function pick(seed, label, n) {
  const bound = MAX - (MAX % BigInt(n));
  const tries = [];
  for (let k = 0; k < 1000; k++) {
    const input = seed + '|' + label + '#' + k;
    const bytes = sha256(input);
    const view = new DataView(bytes.buffer);
    const values = [0, 1, 2, 3].map((i) => view.getBigUint64(i * 8) & MAX);
    const at = values.findIndex((v) => v < bound);
    tries.push({input, hash: hex(bytes), values, used: at});
    if (at >= 0) return {label, n, bound, tries, value: values[at], index: Number(values[at] % BigInt(n))};
  }
  throw new Error('no value below the bound');
}

/** k distinct elements drawn one after another (labels label:0, label:1…), each pick removed before the next. */
function sample(seed, label, from, k, steps) {
  const left = [...from];
  const out = [];
  for (let i = 0; i < k && left.length; i++) {
    const p = pick(seed, label + ':' + i, left.length);
    steps.push({...p, from: left.map((c) => c.agencyId), chosen: left[p.index].agencyId});
    out.push(left.splice(p.index, 1)[0]);
  }
  return out;
}

/** The rules' text (key=value a line) as numbers and the best-price factors. */
export function parseRules(text) {
  const v = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) v[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return {shortList: Number(v.shortList), longList: Number(v.longList), factors: (v.bestPriceFactors || '').split(',').map((f) => f.trim())};
}

/** Amounts as whole cents, to compare and average without binary fractions. */
const cents = (amount) => BigInt(Math.round(Number(amount) * 100));

/** mean(bids without the highest and lowest, when three or more) × factor, half up to cents; as a number of yuan. */
function reference(bids, factor) {
  const sorted = bids.map(cents).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const kept = sorted.length >= 3 ? sorted.slice(1, -1) : sorted;
  const [whole, frac = ''] = factor.split('.');
  const scale = 10n ** BigInt(frac.length);
  const num = kept.reduce((a, b) => a + b, 0n) * BigInt(whole + frac);
  const den = BigInt(kept.length) * scale;
  const rounded = (2n * num + den) / (2n * den);
  return Number(rounded) / 100;
}

/**
 * Recomputes the selection's result from its record alone: {order, steps, winner, shortlist, factor, reference}.
 * Methods where the owner chooses (direct, proposals) have no draw: their list is the record's own.
 */
export function recompute(selection, budget, rulesText) {
  const rules = parseRules(rulesText);
  const order = [...selection.candidates].sort((a, b) => a.agencyId - b.agencyId);
  const steps = [];
  const result = {order, steps, winner: null, shortlist: [], factor: null, reference: null};
  const inRange = () => order.filter((c) => c.bid !== null && c.bid !== undefined
    && (budget.min == null || Number(c.bid) >= Number(budget.min)) && (budget.max == null || Number(c.bid) <= Number(budget.max)));
  const tieBreak = (tied) => {
    if (tied.length === 1) return tied[0].agencyId;
    const p = pick(selection.seed, 'tie', tied.length);
    steps.push({...p, from: tied.map((c) => c.agencyId), chosen: tied[p.index].agencyId});
    return tied[p.index].agencyId;
  };
  if (selection.failedReason) return result;
  switch (selection.method) {
    case 'RANDOM_DRAW': {
      const p = pick(selection.seed, 'winner', order.length);
      steps.push({...p, from: order.map((c) => c.agencyId), chosen: order[p.index].agencyId});
      result.winner = order[p.index].agencyId;
      break;
    }
    case 'LOWEST_PRICE': {
      const valid = inRange();
      const lowest = Math.min(...valid.map((c) => Number(c.bid)));
      result.winner = tieBreak(valid.filter((c) => Number(c.bid) === lowest));
      break;
    }
    case 'BEST_PRICE': {
      const valid = inRange();
      const p = pick(selection.seed, 'factor', rules.factors.length);
      result.factor = rules.factors[p.index];
      steps.push({...p, from: rules.factors, chosen: result.factor});
      result.reference = reference(valid.map((c) => c.bid), result.factor);
      const distance = (c) => Math.abs(Number(cents(c.bid) - cents(result.reference)));
      const best = Math.min(...valid.map(distance));
      const close = valid.filter((c) => distance(c) === best);
      const lowest = Math.min(...close.map((c) => Number(c.bid)));
      result.winner = tieBreak(close.filter((c) => Number(c.bid) === lowest));
      break;
    }
    case 'CREDIT_SHORTLIST': {
      const ranked = [...order].sort((a, b) => b.creditScore - a.creditScore || a.agencyId - b.agencyId).slice(0, rules.longList);
      result.shortlist = sample(selection.seed, 'shortlist', ranked, Math.min(rules.shortList, ranked.length), steps).map((c) => c.agencyId);
      break;
    }
    case 'PROPOSAL_COMPARISON':
      result.shortlist = order.filter((c) => c.hasProposal).map((c) => c.agencyId);
      break;
    default:
      result.shortlist = order.map((c) => c.agencyId);
  }
  return result;
}
