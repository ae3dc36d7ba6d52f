// Who the signed-in agent is at this node: their registration (point), or null when nobody registered them yet.
import {el} from '/ui/shell/dom.js';

/** The caller's agent registration on this node, or null (an agent is registered by a supervisor or ops). */
export async function registration(ctx) {
  if (!(ctx.user.roles || []).includes('agent')) return null;
  const network = await ctx.api('GET', '/v1/surrogate/network');
  return network.find((a) => a.account === ctx.user.user && a.nodeId === ctx.node.id) || null;
}

/** A line naming the agent's point, or a notice that they cannot take cases yet. */
export function pointLine(ctx, agent) {
  return agent
    ? el('p', {class: 'point', id: 'agent-point', dataset: {point: agent.pointCode}}, ctx.t('agent.point', agent.name, agent.pointName, agent.pointCode))
    : el('p', {class: 'flag', id: 'agent-unregistered'}, ctx.t('agent.unregistered', ctx.user.user));
}

/** The level that decides a case, saying when it is this node's own intake. */
export function decidedAt(ctx, level) {
  if (!level) return '';
  return level === ctx.node.level ? ctx.t('route.local', ctx.t('level.' + level)) : ctx.t('route.up', ctx.t('level.' + level));
}

/** "node/n" as the two route segments of the case page. */
export function caseRoute(ref) {
  return '#/surrogate/cases/' + ref.split('/').map(encodeURIComponent).join('/');
}
